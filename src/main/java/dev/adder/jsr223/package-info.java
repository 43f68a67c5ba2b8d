/**
 * The {@code javax.script} (JSR-223) front of Adder: the {@code ScriptEngineFactory} found by
 * {@code new ScriptEngineManager().getEngineByName("python")}, the engine with {@code Compilable} and
 * {@code Invocable}, and {@code Bindings} that are the script's globals. May import everything below
 * it; nothing imports it.
 */
package dev.adder.jsr223;
