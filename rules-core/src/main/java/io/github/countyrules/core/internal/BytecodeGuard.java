package io.github.countyrules.core.internal;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the classes a rules folder compiled to, instruction by instruction: every method call,
 * field access, object creation, type test, constant and invokedynamic must target
 * {@link CodePolicy}'s allow-list. This is the guard: it sees the code the JVM will run, after the
 * DRL parser and the Java compiler have resolved escapes, comments and names.
 */
final class BytecodeGuard {
    private BytecodeGuard() {
    }

    /** One refused use: the class and its source line (in the generated Java), and what it reached. */
    record Finding(String className, int javaLine, String what) {
    }

    /**
     * Checks {@code classes} (internal name → bytecode). Classes named in {@code invokers} are
     * Drools' own glue generated from its templates (they hold no rule code, only calls into the
     * rule's class and into Drools): for them Drools' packages are allowed too.
     */
    static List<Finding> check(Map<String, byte[]> classes, Set<String> invokers, String ownPackage) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            String name = e.getKey();
            boolean invoker = invokers.contains(name);
            new ClassReader(e.getValue()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String n, String signature, String superName, String[] interfaces) {
                    if (!invoker && superName != null && !superName.equals("java/lang/Object") && !superName.equals("java/lang/Record")
                            && !superName.equals("java/lang/Enum") && !CodePolicy.typeAllowed(superName, ownPackage)) {
                        out.add(new Finding(name, 0, "extends " + CodePolicy.display(superName)));
                    }
                }

                @Override
                public MethodVisitor visitMethod(int access, String mname, String desc, String signature, String[] exceptions) {
                    return new Checker(name, invoker, ownPackage, out);
                }
            }, ClassReader.SKIP_FRAMES);
        }
        return out;
    }

    private static final class Checker extends MethodVisitor {
        private final String cls;
        private final boolean invoker;
        private final String own;
        private final List<Finding> out;
        private int line;

        Checker(String cls, boolean invoker, String own, List<Finding> out) {
            super(Opcodes.ASM9);
            this.cls = cls;
            this.invoker = invoker;
            this.own = own;
            this.out = out;
        }

        private void refuse(String what) {
            out.add(new Finding(cls, line, what));
        }

        private boolean glue(String owner) {
            // an invoker calls into Drools and into its rule's class; getClass() feeds Drools' bytecode comparison
            return invoker && (owner.startsWith("org/drools/") || owner.startsWith("org/kie/") || owner.equals("java/lang/Object"));
        }

        private void member(String owner, String name) {
            if (glue(owner) || owner.equals(cls)) {
                return;
            }
            String why = CodePolicy.refusal(owner, name, own);
            if (why != null) {
                refuse(why);
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.MONITORENTER && !invoker) {
                refuse("synchronized (a lock shared with the engine could stall every evaluation)");
            }
        }

        @Override
        public void visitLineNumber(int l, Label start) {
            line = l;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
            member(owner, name);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String desc) {
            member(owner, name);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            if (glue(type)) {
                return;
            }
            if (!CodePolicy.typeAllowed(type, own)) {
                refuse((opcode == Opcodes.NEW ? "new " : "type ") + CodePolicy.display(type));
            }
        }

        @Override
        public void visitMultiANewArrayInsn(String desc, int dims) {
            if (!CodePolicy.typeAllowed(desc, own)) {
                refuse("type " + CodePolicy.display(desc));
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type t) {
                if (t.getSort() == Type.METHOD) {
                    refuse("a method type constant");
                } else if (!invoker) {
                    refuse("class literal " + CodePolicy.display(t.getInternalName()) + ".class");
                }
            } else if (value instanceof Handle || value instanceof ConstantDynamic) {
                refuse("a method handle constant");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String desc, Handle bsm, Object... args) {
            if (!CodePolicy.BOOTSTRAPS.contains(bsm.getOwner())) {
                refuse("invokedynamic through " + CodePolicy.display(bsm.getOwner()) + "." + bsm.getName());
                return;
            }
            for (Object a : args) {
                if (a instanceof Handle h) {
                    // a lambda or method reference: its target is a call like any other
                    member(h.getOwner(), h.getName());
                } else if (a instanceof ConstantDynamic) {
                    refuse("a dynamic constant");
                } else if (a instanceof Type t && t.getSort() == Type.OBJECT && !CodePolicy.typeAllowed(t.getInternalName(), own)) {
                    refuse("type " + CodePolicy.display(t.getInternalName()));
                }
            }
            // the interface the lambda implements
            Type ret = Type.getReturnType(desc);
            if (ret.getSort() == Type.OBJECT && !CodePolicy.typeAllowed(ret.getInternalName(), own)) {
                refuse("lambda of " + CodePolicy.display(ret.getInternalName()));
            }
        }
    }
}
