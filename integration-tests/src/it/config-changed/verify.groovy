// config-changed: a new packageName regenerates into the new package and removes the old one.
def out = new File(basedir, 'target/generated-sources/postman2java')
assert new File(out, 'org/acme/leads/ZohoCrmClient.java').isFile()
assert !new File(out, 'com').exists() : 'the old package was left behind'
def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
assert (log =~ /postman2java: generated \d+ files from /).count == 2
assert !log.contains('is up to date')
return true
