package dev.nomen.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One real OpenSearch node in this JVM, with the plugins an OpenSearch distribution
 * ships as modules and nomen's tests need: the netty4 transport (HTTP and node-to-node)
 * and common analysis. Plugins are loaded from the class path, the way OpenSearch's
 * own integration tests start nodes; nothing else differs from a node of a
 * distribution.
 *
 * <p>Settings come from system properties {@code -Dnomen.os.KEY=VALUE} (for instance
 * {@code -Dnomen.os.http.port=9200}); {@code start.sh} sets them. The node runs until the
 * JVM is told to stop (SIGTERM), then closes cleanly.
 */
public final class NomenNode extends Node {
    private static final List<Class<? extends Plugin>> PLUGINS =
        List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

    private NomenNode(Environment environment) {
        super(environment, PLUGINS, true);
    }

    public static void main(String[] args) throws Exception {
        Settings.Builder builder = Settings.builder();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("nomen.os.")) {
                builder.put(name.substring("nomen.os.".length()), System.getProperty(name));
            }
        }
        builder.put("http.type", "netty4");
        builder.put("transport.type", "netty4");
        Settings settings = builder.build();
        Path home = Path.of(settings.get("path.home"));
        Files.createDirectories(home.resolve("config"));
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(settings.get("node.name", "node"));
        LogConfigurator.configureWithoutConfig(settings);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), home.resolve("config"), () -> settings.get("node.name", "node"));
        NomenNode node = new NomenNode(environment);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        node.start();
        System.out.println("nomen-opensearch-node: started " + settings.get("node.name"));
        stopped.await();
    }
}
