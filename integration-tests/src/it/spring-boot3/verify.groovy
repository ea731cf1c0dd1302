// spring-boot3: the plugin stayed on Jackson 2 by itself and the @SpringBootTest passed.
def out = new File(basedir, 'target/generated-sources/postman2java/com/example/crm')
def config = new File(out, 'ClientConfig.java').text
assert config.contains('import com.fasterxml.jackson.databind.ObjectMapper;')
def log = new File(basedir, 'build.log').text
// Maven 3.9 and 4 alike: no build warning may come from our plugin's descriptor or API use.
assert !log.readLines().any { it.startsWith('[WARNING]') && (it.contains('postman2java-maven-plugin') || it.contains('Plugin validation')) }
assert !log.contains('postman2java: generating for Jackson 3')
assert log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0/
return true
