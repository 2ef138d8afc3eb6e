/**
 * A fast yes for records that are plainly valid, compiled from the same valibot schemas
 * that define the format (schema.ts), so there is still one definition.
 *
 * valibot answers every question it is asked with a copy of the input and, for a union,
 * with the issues of each option it tried first: a language map ({"en": ...}) pays for
 * the string it is not. On a file of 10,000 events that is most of the load. The
 * predicates compiled here allocate nothing and copy nothing; they only say whether a
 * record is certainly valid. When one says no, valibot runs and explains why.
 *
 * They are compiled ahead, into `accept.generated.ts` (`npm run schema` writes it; a test
 * fails while it is stale), as ajv's standalone code is: the first load carries neither
 * valibot nor a compiler, and a page whose Content-Security-Policy forbids `eval` keeps
 * the fast path.
 *
 * The promise it keeps, and the tests hold it to: when a predicate says yes, valibot
 * accepts the same input and returns a value equal to it. So the input can stand for
 * valibot's output. Where a schema could make that untrue (a default, a transformation,
 * an action this file does not know), compiling throws, and the tests say so before
 * users do.
 */
import type { GenericSchema } from 'valibot';

export type Accept = (value: unknown) => boolean;

/** The parts of a valibot schema or action this compiler reads. */
interface Node {
  kind: string;
  type: string;
  pipe?: readonly Node[];
  entries?: Record<string, Node>;
  item?: Node;
  options?: readonly (Node | string)[];
  wrapped?: Node;
  key?: Node;
  value?: Node;
  default?: unknown;
  fallback?: unknown;
  requirement?: unknown;
}

/**
 * The source of an ES module that exports `ACCEPT`, one predicate per named schema,
 * typed for TypeScript. Constants and union options are declared once and shared.
 *
 * A function a schema checks with (`v.check(fn)`) is imported from its module, named in
 * `imports` (module specifier -> its exports): its source text would depend on the
 * compiler that ran the generator. Functions of valibot's own are written out.
 */
export function acceptModule(
  schemas: Record<string, GenericSchema>,
  imports: Record<string, Record<string, unknown>> = {},
): string {
  const unit = new Unit(imports);
  const exported = Object.entries(schemas).map(
    ([key, schema]) => `  ${JSON.stringify(key)}: ${unit.predicate(schema as unknown as Node)},`,
  );
  const keys = Object.keys(schemas).map((key) => JSON.stringify(key));
  return [
    ...unit.imports,
    ...unit.declarations,
    `export const ACCEPT: Record<${keys.join(' | ') || 'never'}, (value: unknown) => boolean> = {`,
    ...exported,
    '};',
  ].join('\n');
}

/**
 * The same code as `acceptModule` writes, for one schema, as the body of a function that
 * returns its predicate: the tests run it. The app never evaluates code made from text.
 */
export function acceptBody(schema: GenericSchema): string {
  const unit = new Unit();
  const name = unit.predicate(schema as unknown as Node);
  return `${unit.declarations.join('\n')}\nreturn ${name};`;
}

/** One compiled unit: its declarations, each made once. */
class Unit {
  readonly imports: string[] = [];
  readonly declarations: string[] = ['const own = Object.prototype.hasOwnProperty;'];
  #names = new Map<unknown, string>();
  #count = 0;
  #modules: Record<string, Record<string, unknown>>;

  constructor(modules: Record<string, Record<string, unknown>> = {}) {
    this.#modules = modules;
  }

  /** A constant the code needs (a set, a pattern, a function), declared once. */
  constant(value: unknown): string {
    for (const [specifier, exports] of Object.entries(this.#modules)) {
      const name = Object.keys(exports).find((key) => exports[key] === value);
      if (!name) continue;
      const line = `import { ${name} } from ${JSON.stringify(specifier)};`;
      if (!this.imports.includes(line)) this.imports.push(line);
      return name;
    }
    const text = literal(value);
    let name = this.#names.get(text);
    if (!name) {
      name = `c${this.#count++}`;
      this.#names.set(text, name);
      this.declarations.push(`const ${name} = ${text};`);
    }
    return name;
  }

  /**
   * The predicate of a schema as a function declaration of straight-line code, which the
   * engine optimises as it would hand-written code. A union's options each get one, made
   * once: the `Text` union appears in a dozen places.
   */
  predicate(node: Node): string {
    let name = this.#names.get(node);
    if (!name) {
      name = `accept${this.#count++}`;
      this.#names.set(node, name);
      this.declarations.push(`function ${name}(v) {\n${functionBody(node, this)}\nreturn true;\n}`);
    }
    return name;
  }
}

/** A constant as source text; what cannot be written down stops the compiler. */
function literal(value: unknown): string {
  if (value instanceof Set) return `new Set(${JSON.stringify([...value])})`;
  if (value instanceof RegExp) return String(value);
  if (typeof value === 'function') {
    // A function must stand on its own: a test runs the written code against valibot.
    const source = String(value);
    const expression =
      /^(async\s+)?function\b/.test(source) || /^(async\s*)?(\([^)]*\)|[\w$]+)\s*=>/.test(source);
    // A method (`requirement(input) { ... }`) is read back out of an object literal.
    return expression ? `(${source})` : `({ ${source} })[${JSON.stringify(value.name)}]`;
  }
  throw new Error(`accept: cannot write down a constant of type ${typeof value}`);
}

/** The checks of a predicate's body, on its argument `v`; shared parts go into `unit`. */
function functionBody(node: Node, unit: Unit): string {
  let next = 0;
  const fresh = (prefix: string) => `${prefix}${next++}`;
  const ref = (value: unknown) => unit.constant(value);
  const lines: string[] = [];

  function emit(node: Node, v: string): void {
    if (node.fallback !== undefined || node.default !== undefined) {
      throw new Error(`accept: a ${node.type} with a default or fallback changes its input`);
    }
    if (node.pipe) return emitPipe(node.pipe, v);
    switch (node.type) {
      case 'string':
        lines.push(`if (typeof ${v} !== 'string') return false;`);
        return;
      case 'picklist':
        lines.push(`if (!${ref(new Set(node.options))}.has(${v})) return false;`);
        return;
      case 'optional':
        lines.push(`if (${v} !== undefined) {`);
        emit(need(node.wrapped, node), v);
        lines.push('}');
        return;
      case 'array': {
        const i = fresh('i');
        const item = fresh('x');
        lines.push(`if (!Array.isArray(${v})) return false;`);
        lines.push(
          `for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`,
          `const ${item} = ${v}[${i}];`,
        );
        emit(need(node.item, node), item);
        lines.push('}');
        return;
      }
      case 'union': {
        const options = (node.options ?? []).map(
          (option) => `${unit.predicate(option as Node)}(${v})`,
        );
        lines.push(`if (!(${options.join(' || ') || 'false'})) return false;`);
        return;
      }
      case 'record': {
        const k = fresh('k');
        const item = fresh('x');
        lines.push(`if (!${v} || typeof ${v} !== 'object') return false;`);
        lines.push(`for (const ${k} in ${v}) {`);
        // Keys valibot's record drops from its output: a map holding one is left to valibot.
        lines.push(
          `if (!own.call(${v}, ${k}) || ${k} === '__proto__' || ${k} === 'prototype' || ${k} === 'constructor') return false;`,
        );
        emit(need(node.key, node), k);
        lines.push(`const ${item} = ${v}[${k}];`);
        emit(need(node.value, node), item);
        lines.push('}');
        return;
      }
      case 'strict_object': {
        // A nested object is a predicate of its own, shared wherever its schema is used
        // (a source reference appears in three places): less code for the first load.
        if (v !== 'v') {
          lines.push(`if (!${unit.predicate(node)}(${v})) return false;`);
          return;
        }
        const entries = Object.entries(node.entries ?? {});
        lines.push(`if (!${v} || typeof ${v} !== 'object') return false;`);
        for (const [name, schema] of entries) {
          const key = JSON.stringify(name);
          const field = fresh('f');
          lines.push(`if (${key} in ${v}) {`, `const ${field} = ${v}[${key}];`);
          emit(schema, field);
          lines.push(schema.type === 'optional' ? '}' : '} else return false;');
        }
        const k = fresh('k');
        const cases = entries.map(([name]) => `case ${JSON.stringify(name)}:`).join(' ');
        lines.push(
          `for (const ${k} in ${v}) { switch (${k}) { ${cases} break; default: return false; } }`,
        );
        return;
      }
      default:
        throw new Error(`accept: no fast check for the schema type "${node.type}"`);
    }
  }

  function emitPipe(pipe: readonly Node[], v: string): void {
    const [root, ...actions] = pipe;
    emit(need(root, { kind: 'schema', type: 'pipe' }), v);
    for (const action of actions) {
      if (action.kind === 'metadata') continue;
      if (action.kind !== 'validation') {
        throw new Error(`accept: a pipe's ${action.kind} "${action.type}" changes its input`);
      }
      const requirement = action.requirement;
      switch (action.type) {
        case 'regex': {
          const pattern = requirement as RegExp;
          if (pattern.global || pattern.sticky) {
            throw new Error('accept: a global or sticky pattern remembers where it stopped');
          }
          lines.push(`if (!${ref(pattern)}.test(${v})) return false;`);
          break;
        }
        case 'min_length':
          lines.push(`if (${v}.length < ${Number(requirement)}) return false;`);
          break;
        case 'starts_with':
          lines.push(`if (!${v}.startsWith(${JSON.stringify(requirement)})) return false;`);
          break;
        case 'url':
        case 'check':
          lines.push(`if (!${ref(requirement)}(${v})) return false;`);
          break;
        default:
          throw new Error(`accept: no fast check for the validation "${action.type}"`);
      }
    }
  }

  emit(node, 'v');
  return lines.join('\n');
}

function need(child: Node | undefined, parent: Node): Node {
  if (!child) throw new Error(`accept: a ${parent.type} schema without its inner schema`);
  return child;
}
