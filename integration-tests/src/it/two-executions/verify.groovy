// two-executions: three clients in one output directory, two state directories, then a no-op.
def out = new File(basedir, 'target/generated-sources/postman2java/com/example')
['crm', 'more/zohocrmleads', 'more/billing'].each {
  assert new File(out, "${it}/ZohoCrmClient.java").isFile() : "missing client in ${it}"
  assert new File(basedir, "target/classes/com/example/${it}/ZohoCrmClient.class").isFile()
}
def states = new File(basedir, 'target/postman2java-state')
assert new File(states, 'crm').listFiles().findAll { it.name.endsWith('.state') }.size() == 1
assert new File(states, 'more').listFiles().findAll { it.name.endsWith('.state') }.size() == 2

def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
assert (log =~ /postman2java: generated \d+ files from /).count == 3
assert log.contains('postman2java: 1 of 1 collection(s) up to date')
assert log.contains('postman2java: 2 of 2 collection(s) up to date')
return true
