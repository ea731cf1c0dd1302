// no-change: build 2 found everything up to date and left every generated file alone.
def out = new File(basedir, 'target/generated-sources/postman2java')
def files = []
out.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
assert files.size() > 5
def touched = files.findAll { it.lastModified() != 978307200000L }
assert touched.isEmpty() : "rewritten by the no-op build: ${touched}"

def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
assert log =~ /postman2java: generated \d+ files from src\/main\/postman\/leads.postman_collection.json/
def upToDate = log =~ /postman2java: src\/main\/postman\/leads.postman_collection.json is up to date \(\d+ files, checked in ([\d.]+) ms\)/
assert upToDate.find() : 'the second build did not report "up to date"'
def goal = log =~ /postman2java: 1 of 1 collection\(s\) up to date; goal took ([\d.]+) ms/
assert goal.find()
println "postman2java no-op: up-to-date check ${upToDate.group(1)} ms, whole goal ${goal.group(1)} ms"
// Generous bound against a loaded CI machine; the target is well under 100 ms.
assert Double.parseDouble(goal.group(1)) < 2000
return true
