// skip: nothing generated, no state written, the goal says so.
assert !new File(basedir, 'target/generated-sources/postman2java').exists()
assert !new File(basedir, 'target/postman2java-state').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('postman2java: skipped (postman2java.skip=true)')
return true
