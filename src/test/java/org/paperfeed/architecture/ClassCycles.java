package org.paperfeed.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No class cycle spans more than {@code maxClasses} classes: the strongly connected components (Tarjan) of the
 * dependency graph between the classes checked. The package rule cannot see a knot inside one package (the CLI's 21
 * commands and their root once were one cycle), and a cycle that grows is the start of a god-package.
 *
 * <p>A nested class counts as its top-level class, so a record and its own builder are one class, and the cycles
 * counted are between source files. Only dependencies between the classes checked count (the JDK and libraries
 * cannot depend back on us).
 */
final class ClassCycles extends ArchCondition<JavaClass> {

    private final int maxClasses;
    /** Top-level class name → the component it is in, for every class of a component too large. */
    private final Map<String, List<String>> tooLarge = new HashMap<>();

    private ClassCycles(int maxClasses) {
        super("be in no class cycle of more than " + maxClasses + " classes");
        this.maxClasses = maxClasses;
    }

    static ClassCycles spanAtMost(int maxClasses) {
        return new ClassCycles(maxClasses);
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        tooLarge.clear();
        for (List<String> component : new Tarjan(graph(allObjectsToTest)).components()) {
            if (component.size() > maxClasses) {
                component.sort(Comparator.naturalOrder());
                component.forEach(name -> tooLarge.put(name, component));
            }
        }
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        String name = topLevel(item).getName();
        List<String> component = tooLarge.get(name);
        // one event per component, from its first class (alphabetically), and none from nested classes
        if (component != null && component.get(0).equals(name) && !item.isNestedClass()) {
            String message = "a cycle of " + component.size() + " classes (at most " + maxClasses + "): "
                    + String.join(", ", component);
            events.add(SimpleConditionEvent.violated(item, message));
        }
    }

    /** Each top-level class's dependencies on the other top-level classes checked. */
    private static Map<String, Set<String>> graph(Collection<JavaClass> classes) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (JavaClass c : classes) {
            graph.computeIfAbsent(topLevel(c).getName(), name -> new LinkedHashSet<>());
        }
        for (JavaClass c : classes) {
            String from = topLevel(c).getName();
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = topLevel(d.getTargetClass().getBaseComponentType()).getName();
                if (!to.equals(from) && graph.containsKey(to)) {
                    graph.get(from).add(to);
                }
            }
        }
        return graph;
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /** Tarjan's strongly connected components, iterative so a long chain of classes cannot overflow the stack. */
    static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new java.util.HashSet<>();
        private final List<List<String>> components = new ArrayList<>();
        private int next;

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<List<String>> components() {
            for (String node : graph.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String root) {
            Deque<Map.Entry<String, java.util.Iterator<String>>> work = new ArrayDeque<>();
            enter(root, work);
            while (!work.isEmpty()) {
                Map.Entry<String, java.util.Iterator<String>> top = work.peek();
                String node = top.getKey();
                if (top.getValue().hasNext()) {
                    String target = top.getValue().next();
                    if (!index.containsKey(target)) {
                        enter(target, work);
                    } else if (onStack.contains(target)) {
                        lowLink.put(node, Math.min(lowLink.get(node), index.get(target)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().getKey();
                    lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(node)));
                }
                if (lowLink.get(node).equals(index.get(node))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    components.add(component);
                }
            }
        }

        private void enter(String node, Deque<Map.Entry<String, java.util.Iterator<String>>> work) {
            index.put(node, next);
            lowLink.put(node, next);
            next++;
            stack.push(node);
            onStack.add(node);
            work.push(Map.entry(node, graph.getOrDefault(node, Set.of()).iterator()));
        }
    }
}
