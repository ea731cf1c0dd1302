// parallel: both modules generated and compiled under -T 2, byte-identical outputs.
def tree = { String module ->
  def root = new File(basedir, "${module}/target/generated-sources/postman2java")
  def files = [:] as TreeMap
  root.eachFileRecurse(groovy.io.FileType.FILES) {
    files[root.toPath().relativize(it.toPath()).toString()] = it.bytes.encodeHex().toString()
  }
  files
}
def alpha = tree('alpha')
def beta = tree('beta')
assert alpha.size() > 5
assert alpha == beta : 'the two modules generated different output'
['alpha', 'beta'].each {
  assert new File(basedir, "${it}/target/classes/com/example/crm/ZohoCrmClient.class").isFile()
}
def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
assert log =~ /(?i)using the MultiThreadedBuilder implementation with a thread count of 2/
assert !(log =~ /not marked @threadSafe[\s\S]*postman2java-maven-plugin/)
return true
