// invalid-collection: BUILD FAILURE (not ERROR) with path:line:col and the code; nothing written.
def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
def where = 'src/main/postman/leads.postman_collection.json:11:7: error[P2J002]'
assert log.contains('[ERROR] ' + where) : 'diagnostic not logged'
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal io\.github\.postman2java:postman2java-maven-plugin:[^\n]*cannot generate from src\/main\/postman\/leads\.postman_collection\.json/
assert !new File(basedir, 'target/generated-sources/postman2java').exists()
return true
