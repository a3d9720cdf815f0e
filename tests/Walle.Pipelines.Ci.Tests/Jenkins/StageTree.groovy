// Compiles each Jenkinsfile given on the command line with the Groovy compiler (to class generation) and prints, one
// JSON line per file, the stage tree read from the AST of the pipeline { } closure: stages, agents, parallel branches
// and the steps the generator writes (sh, lock, withCredentials, stash, unstash, archiveArtifacts). Used by the tests.
import groovy.json.JsonOutput
import org.codehaus.groovy.ast.expr.*
import org.codehaus.groovy.ast.stmt.*
import org.codehaus.groovy.control.CompilationUnit
import org.codehaus.groovy.control.Phases

// The calls written at the top level of a closure's body.
List<MethodCallExpression> calls(ClosureExpression closure) {
    def code = closure.code
    def statements = code instanceof BlockStatement ? code.statements : [code]
    statements.findAll { it instanceof ExpressionStatement && it.expression instanceof MethodCallExpression }*.expression
}

List arguments(MethodCallExpression call) { call.arguments instanceof TupleExpression ? call.arguments.expressions : [call.arguments] }
ClosureExpression body(MethodCallExpression call) { arguments(call).find { it instanceof ClosureExpression } }
MethodCallExpression find(ClosureExpression closure, String name) { closure == null ? null : calls(closure).find { it.methodAsString == name } }

// A literal argument as plain data.
def value(expression) {
    switch (expression) {
        case ConstantExpression: return expression.value
        case ListExpression: return expression.expressions.collect { value(it) }
        case MapExpression: return expression.mapEntryExpressions.collectEntries { [(value(it.keyExpression)): value(it.valueExpression)] }
        case MethodCallExpression: return [call: expression.methodAsString] + named(expression) + [args: arguments(expression).findAll { !(it instanceof MapExpression) && !(it instanceof ClosureExpression) }.collect { value(it) }]
        case VariableExpression: return expression.name
        default: return expression.text
    }
}

Map named(MethodCallExpression call) {
    def map = arguments(call).find { it instanceof MapExpression }
    map == null ? [:] : value(map)
}

def agent(ClosureExpression stage) {
    def call = find(stage, 'agent')
    if (call == null) return null
    def closure = body(call)
    if (closure == null) return value(arguments(call)[0])
    def label = find(closure, 'label')
    [label: value(arguments(label)[0])]
}

// Steps in order, with nested blocks (withCredentials, lock) flattened into the lists the tests compare.
void steps(ClosureExpression closure, Map node) {
    for (call in calls(closure)) {
        def name = call.methodAsString
        switch (name) {
            case 'sh': node.sh << value(arguments(call)[0]); break
            case 'unstash': node.unstash << value(arguments(call)[0]); break
            case 'stash': node.stash << named(call); break
            case 'lock': node.locks << named(call); steps(body(call), node); break
            case 'withCredentials': node.credentials.addAll(value(arguments(call)[0])); steps(body(call), node); break
            default: node.other << name; if (body(call) != null) steps(body(call), node)
        }
    }
}

Map stage(MethodCallExpression call) {
    def closure = body(call)
    def node = [name: value(arguments(call)[0]), agent: agent(closure), sh: [], unstash: [], stash: [], locks: [], credentials: [], other: [], archive: [], parallel: []]
    def parallel = find(closure, 'parallel')
    if (parallel != null) node.parallel = calls(body(parallel)).findAll { it.methodAsString == 'stage' }.collect { stage(it) }
    def stepsCall = find(closure, 'steps')
    if (stepsCall != null) steps(body(stepsCall), node)
    def always = find(body(find(closure, 'post') ?: call), 'always')
    if (always != null) calls(body(always)).findAll { it.methodAsString == 'archiveArtifacts' }.each { node.archive << named(it).artifacts }
    node
}

def trees = args.collect { file ->
    def compiled = new CompilationUnit() // the whole file must compile, as Jenkins's CPS transform first compiles it
    compiled.addSource(new File(file))
    compiled.compile(Phases.CLASS_GENERATION)
    def unit = new CompilationUnit() // the script body is still the module's statement block after conversion
    unit.addSource(new File(file))
    unit.compile(Phases.CONVERSION)
    def module = unit.AST.modules[0]
    def pipelineCall = module.statementBlock.statements.find { it instanceof ExpressionStatement && it.expression instanceof MethodCallExpression && it.expression.methodAsString == 'pipeline' }
    if (pipelineCall == null) throw new IllegalStateException("$file: no pipeline { } call at the top level")
    def pipeline = body(pipelineCall.expression)
    def section = { String name -> def c = find(pipeline, name); c == null ? [] : calls(body(c)) }
    def environment = find(pipeline, 'environment')
    [
        file: file,
        agent: value(arguments(find(pipeline, 'agent'))[0]),
        options: section('options')*.methodAsString,
        triggers: section('triggers')*.methodAsString,
        parameters: section('parameters').collect { [kind: it.methodAsString] + named(it) },
        environment: environment == null ? [] : body(environment).code.statements*.expression.findAll { it instanceof BinaryExpression }*.leftExpression*.text,
        stages: section('stages').findAll { it.methodAsString == 'stage' }.collect { stage(it) },
        post: section('post')*.methodAsString,
    ]
}
trees.each { println JsonOutput.toJson(it) }
