// offline: the offline build regenerated (clean target) and compiled.
assert new File(basedir, 'target/classes/com/example/crm/ZohoCrmClient.class').isFile()
def log = new File(basedir, 'build.log').text
assert (log =~ /postman2java: generated \d+ files from /).count == 2
assert (log =~ /BUILD SUCCESS/).count == 2
return true
