// skip: nothing generated, no state written, the goal says so.
assert !new File(basedir, 'target/generated-sources/postman2java').exists()
assert !new File(basedir, 'target/postman2java-state').exists()
def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
assert log.contains('postman2java: skipped (postman2java.skip=true)')
return true
