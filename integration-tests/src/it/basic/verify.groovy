// basic: generated, compiled, and the consumer's own test called the client.
def out = new File(basedir, 'target/generated-sources/postman2java/com/example/crm')
assert new File(out, 'ZohoCrmClient.java').isFile()
assert new File(out, 'model/MassUpdateLeadsResponse.java').isFile()
assert new File(basedir, 'target/classes/com/example/crm/ZohoCrmClient.class').isFile()

def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
assert log =~ /postman2java: generated \d+ files from /
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/
return true
