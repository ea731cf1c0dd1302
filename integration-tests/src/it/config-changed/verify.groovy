// config-changed: a new packageName regenerates into the new package and removes the old one.
def out = new File(basedir, 'target/generated-sources/postman2java')
assert new File(out, 'org/acme/leads/ZohoCrmClient.java').isFile()
assert !new File(out, 'com').exists() : 'the old package was left behind'
def log = new File(basedir, 'build.log').text
assert (log =~ /postman2java: generated \d+ files from /).count == 2
assert !log.contains('is up to date')
return true
