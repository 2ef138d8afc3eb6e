/**
 * A fast yes for records that are plainly valid, compiled from the same valibot schemas
 * that define the format (schema.ts), so there is still one definition.
 *
 * valibot answers every question it is asked with a copy of the input and, for a union,
 * with the issues of each option it tried first: a language map ({"en": ...}) pays for
 * the string it is not. On a file of 10,000 events that is most of the load. The
 * predicate built here allocates nothing and copies nothing; it only says whether the
 * record is certainly valid. When it says no, valibot runs and explains why.
 *
 * The promise it keeps, and the tests hold it to: when `accepts` is true, valibot accepts
 * the same input and returns a value equal to it. So the input can stand for valibot's
 * output. Where a schema could make that untrue (a default, a transformation, an action
 * this file does not know), compiling throws, and the tests say so before users do.
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

const own = Object.prototype.hasOwnProperty;

const compiled = new WeakMap<object, Accept>();

/** Says no to everything, so valibot checks every record: correct, only slower. */
const never: Accept = () => false;

/**
 * The predicate for a schema, made once and kept: code generated with `new Function`,
 * as ajv does. A page whose Content-Security-Policy forbids that gets `never`.
 */
export function accepter(schema: GenericSchema): Accept {
  let accept = compiled.get(schema);
  if (!accept) {
    try {
      accept = generateAccept(schema);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      accept = never;
    }
    compiled.set(schema, accept);
  }
  return accept;
}

/**
 * The checks as one function of straight-line code per schema, which the engine
 * optimises as it would hand-written code: a file of 10,000 events is checked in a few
 * milliseconds rather than tens. Unions call one generated function per option.
 */
export function generateAccept(schema: GenericSchema): Accept {
  const refs: unknown[] = [];
  const source = functionSource(schema as unknown as Node, refs);
  const make = new Function('refs', 'own', `return ${source};`) as (
    refs: unknown[],
    own: (this: object, key: string) => boolean,
  ) => Accept;
  return make(refs, own);
}

/**
 * A union's option as a function of its own, made once per schema object: the `Text`
 * union appears in a dozen places, and compiling code is not free on a page load.
 */
const options = new WeakMap<object, Accept>();
function generatedFor(option: Node): Accept {
  let accept = options.get(option);
  if (!accept) {
    accept = generateAccept(option as unknown as GenericSchema);
    options.set(option, accept);
  }
  return accept;
}

/** `function (v) { ... }` for a node; constants it needs go into `refs`. */
function functionSource(node: Node, refs: unknown[]): string {
  let next = 0;
  const fresh = (prefix: string) => `${prefix}${next++}`;
  const ref = (value: unknown) => `refs[${refs.push(value) - 1}]`;
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
          (option) => `${ref(generatedFor(option as Node))}(${v})`,
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
  return `function (v) {\n${lines.join('\n')}\nreturn true;\n}`;
}

function need(child: Node | undefined, parent: Node): Node {
  if (!child) throw new Error(`accept: a ${parent.type} schema without its inner schema`);
  return child;
}
