import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** A Java host that loads a Python configuration file and reads typed values from the Bindings. */
public class ConfigHost {
    public static void main(String[] args) throws Exception {
        ScriptEngine python = new ScriptEngineManager().getEngineByName("python");
        python.put("cpu_count", 8);
        python.put("env", Map.of("PORT_OFFSET", "80", "DEBUG", "False"));
        python.put(ScriptEngine.FILENAME, "config.py");
        try (Reader source = Files.newBufferedReader(Path.of(args[0]))) {
            python.eval(source);
        }
        // Python values arrive as plain Java objects: str -> String, int -> Integer, float -> Double,
        // bool -> Boolean, list -> java.util.List, dict -> java.util.Map.
        String name = (String) python.get("name");
        int port = (Integer) python.get("port");
        boolean debug = (Boolean) python.get("debug");
        double timeout = (Double) python.get("timeout_seconds");
        List<?> hosts = (List<?>) python.get("hosts");
        Map<?, ?> limits = (Map<?, ?>) python.get("limits");
        System.out.println("name=" + name);
        System.out.println("port=" + port);
        System.out.println("debug=" + debug);
        System.out.println("timeout_seconds=" + timeout);
        System.out.println("hosts=" + String.join(",", hosts.stream().map(Object::toString).toList()));
        System.out.println("requests_per_second=" + limits.get("requests_per_second"));
        System.out.println("burst=" + limits.get("burst"));
        System.out.println(((Invocable) python).invokeFunction("greeting", "ada"));
    }
}
