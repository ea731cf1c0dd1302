// offline: the offline build regenerated (clean target) and compiled.
assert new File(basedir, 'target/classes/com/example/crm/ZohoCrmClient.class').isFile()
def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
assert (log =~ /postman2java: generated \d+ files from /).count == 2
assert (log =~ /BUILD SUCCESS/).count == 2
return true
