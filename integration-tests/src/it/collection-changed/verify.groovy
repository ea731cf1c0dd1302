// collection-changed: new request generated, removed request's files deleted, hand-written kept.
def pkg = new File(basedir, 'target/generated-sources/postman2java/com/example/crm')
assert new File(pkg, 'ZohoCrmClient.java').text.contains(' getLead(')
// the added request's response type is named after its path resource
assert new File(pkg, 'model/LeadList.java').isFile()
['MassUpdateClient.java', 'model/MassUpdateLeadsRequest.java',
 'model/MassUpdateLeadsResponse.java', 'model/MassUpdateLeadsError.java'].each {
  assert !new File(pkg, it).exists() : "stale file survived: ${it}"
}
assert new File(pkg, 'HandWritten.java').isFile()
assert new File(basedir, 'target/classes/com/example/crm/HandWritten.class').isFile()

def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
def stale = log =~ /\(\d+ written, \d+ unchanged, (\d+) stale deleted\)/
def counts = []
while (stale.find()) { counts << Integer.parseInt(stale.group(1)) }
assert counts.size() == 2 && counts[0] == 0 && counts[1] >= 4 : "stale deletions per build: ${counts}"
return true
