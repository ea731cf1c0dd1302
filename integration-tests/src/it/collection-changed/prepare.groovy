// Derives the edited collection from the repository's sample: the "Mass Update" folder (and its
// request) is removed and a "Get Lead" request with a saved response is added.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def collection = new JsonSlurper().parse(new File(sampleCollection))
assert collection.item[0].name == 'Mass Update'
collection.item.remove(0)
collection.item << [
    name    : 'Get Lead',
    request : [
        method: 'GET',
        header: [],
        auth  : [type: 'bearer', bearer: [[key: 'token', value: '{{access-token}}', type: 'string']]],
        url   : [raw : '{{api-domain}}/crm/v2/Leads/{{lead_id}}',
                 host: ['{{api-domain}}'],
                 path: ['crm', 'v2', 'Leads', '{{lead_id}}']]],
    response: [[
        name  : 'OK',
        code  : 200,
        status: 'OK',
        header: [[key: 'Content-Type', value: 'application/json']],
        body  : '{"data":[{"id":"738964000002131001","Last_Name":"Smith"}]}']]]
def target = new File(basedir, 'src/variants/v2.postman_collection.json')
target.parentFile.mkdirs()
target.text = JsonOutput.prettyPrint(JsonOutput.toJson(collection))
return true
