// Opens a GraphML or GEXF file with Gephi's own importer (the Gephi Toolkit) and prints
// what Gephi made of it as one JSON object: the importer's issues, the nodes and the edges
// with every attribute, and how Gephi will draw them (colour, size, position, weight). tests/views/test_export_readers.py runs it as a second reader of exports.
//   java -Djava.awt.headless=true -cp gephi-toolkit-<v>-all.jar GephiImport.java FILE [no-merge]
// "no-merge" is the import dialog's "don't merge" choice for parallel edges: two relations
// between the same two actors stay two edges.

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public class GephiImport {
    public static void main(String[] args) throws Exception {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(new File(args[0]));
        if (container == null) {
            System.out.println("{\"error\": \"Gephi has no importer for this file\"}");
            return;
        }
        if (args.length > 1 && args[1].equals("no-merge")) {
            container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
        }
        List<String> issues = new ArrayList<>();
        for (Issue issue : container.getReport().getIssuesList(Integer.MAX_VALUE)) {
            issues.add("{\"level\": " + quote(issue.getLevel().toString())
                       + ", \"message\": " + quote(issue.getMessage()) + "}");
        }
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        Graph graph = model.getGraph();
        List<String> nodes = new ArrayList<>();
        for (Node node : graph.getNodes()) {
            nodes.add("{\"id\": " + quote(String.valueOf(node.getId())) + ", \"label\": "
                      + quote(node.getLabel()) + ", \"color\": " + quote(color(node))
                      + ", \"size\": " + node.size() + ", \"x\": " + node.x()
                      + ", \"y\": " + node.y() + ", \"attributes\": "
                      + attributes(node, model.getNodeTable()) + "}");
        }
        List<String> edges = new ArrayList<>();
        for (Edge edge : graph.getEdges()) {
            edges.add("{\"id\": " + quote(String.valueOf(edge.getId()))
                      + ", \"source\": " + quote(String.valueOf(edge.getSource().getId()))
                      + ", \"target\": " + quote(String.valueOf(edge.getTarget().getId()))
                      + ", \"directed\": " + edge.isDirected()
                      + ", \"label\": " + quote(edge.getLabel())
                      + ", \"weight\": " + edge.getWeight()
                      + ", \"color\": " + quote(color(edge))
                      + ", \"attributes\": " + attributes(edge, model.getEdgeTable()) + "}");
        }
        System.out.println("{\"issues\": [" + String.join(", ", issues) + "], \"nodes\": ["
                           + String.join(", ", nodes) + "], \"edges\": ["
                           + String.join(", ", edges) + "]}");
        System.exit(0);  // the toolkit leaves non-daemon threads behind
    }

    static String attributes(Element element, Table table) {
        List<String> pairs = new ArrayList<>();
        for (Column column : table) {
            if (column.isProperty()) {
                continue;  // id, label, weight...: Gephi's own fields, not the file's attributes
            }
            Object value = element.getAttribute(column);
            pairs.add(quote(column.getTitle()) + ": "
                      + (value == null ? "null" : quote(String.valueOf(value))));
        }
        return "{" + String.join(", ", pairs) + "}";
    }

    // "#rrggbb", or null where the file gave no colour (Gephi then draws its default).
    static String color(Element element) {
        java.awt.Color color = element instanceof Node ? ((Node) element).getColor()
                                                       : ((Edge) element).getColor();
        if (color == null || (element instanceof Edge && ((Edge) element).alpha() == 0f)) {
            return null;
        }
        return String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
