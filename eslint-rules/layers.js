// The layer rule of shared/DESIGN.md as an allow-list, the way VS Code's `code-import-patterns`
// rule works: every file under src/ belongs to one layer, and each layer lists what it MAY import
// (folders of this repository, npm packages, Node built-ins). Anything not listed is an error,
// so a new dependency or a new way across a boundary has to be allowed here on purpose.
//
// Relative specifiers are resolved against the importing file, and path aliases (`@core/x`) against
// the folder they stand for, so `../shell/tray` or `@shell/tray` from core is caught whatever its depth. Static imports, re-exports, `import x = require()`, `require()`,
// dynamic `import()` and `typeof import()` types are all checked; a dynamic import whose
// specifier is computed cannot be checked and is refused.
import path from 'node:path';
import { builtinModules } from 'node:module';

const builtins = new Set(builtinModules.filter((name) => !name.startsWith('_')));

/** `@scope/name/sub` and `name/sub`: does `specifier` equal `entry` or lie under it? */
function underPackage(specifier, entry) {
  return specifier === entry || specifier.startsWith(`${entry}/`);
}

/**
 * Is the repository-relative, slash-separated `file` inside `folder`? A folder ends with `/`;
 * anything else names one module (`x`, `x.ts`, `x/index.ts`).
 */
function underFolder(file, folder) {
  if (folder.endsWith('/')) return file.startsWith(folder) || file === folder.slice(0, -1);
  if (!file.startsWith(folder)) return false;
  return /^(\.[a-z]+|\/index(\.[a-z]+)?)?$/.test(file.slice(folder.length));
}

function toPosix(file) {
  return file.split(path.sep).join('/');
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its allow-list names.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array' },
          // Path alias prefix -> the repository folder it stands for ('@core/' -> 'src/main/core/').
          aliases: { type: 'object', additionalProperties: { type: 'string' } },
          // Files under these folders must belong to a layer.
          within: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      denied: "{{layer}} may not import '{{specifier}}' ({{what}}). {{layer}} may import: {{allowed}}.",
      bareBuiltin: "Write 'node:{{specifier}}' for a Node built-in. {{layer}} {{builtins}}",
      computed:
        '{{layer}}: a dynamic import with a computed specifier cannot be checked against the layer rule.',
      noLayer:
        'This file is under {{within}} but in no layer of the layer rule: move it into one, or add its folder.',
    },
  },
  create(context) {
    const { root, layers, within = [], aliases = {} } = context.options[0];
    const file = toPosix(path.relative(root, context.filename));
    const layer = layers.find((candidate) => candidate.files.some((folder) => underFolder(file, folder)));
    if (!layer) {
      const outer = within.find((folder) => underFolder(file, folder));
      if (outer) {
        context.report({ loc: { line: 1, column: 0 }, messageId: 'noLayer', data: { within: outer } });
      }
      return {};
    }
    const allowed = [
      ...layer.folders,
      ...(layer.typeOnlyFolders ?? []).map((folder) => `${folder} (types only)`),
      ...layer.packages,
      ...(layer.builtins ? ['node:* built-ins'] : []),
    ].join(', ');

    /** The repository-relative file a relative or aliased specifier names; null for a package. */
    function localTarget(specifier) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        return toPosix(path.relative(root, path.resolve(path.dirname(context.filename), specifier)));
      }
      const alias = Object.keys(aliases).find((prefix) => specifier.startsWith(prefix));
      return alias ? path.posix.normalize(aliases[alias] + specifier.slice(alias.length)) : null;
    }

    /** Why `specifier` is denied, or null when the layer allows it. */
    function denial(specifier, typeOnly) {
      const target = localTarget(specifier);
      if (target !== null) {
        if (layer.folders.some((folder) => underFolder(target, folder))) return null;
        if (typeOnly && (layer.typeOnlyFolders ?? []).some((folder) => underFolder(target, folder)))
          return null;
        return { messageId: 'denied', what: `resolves to ${target}` };
      }
      if (specifier.startsWith('node:')) {
        return layer.builtins ? null : { messageId: 'denied', what: 'a Node built-in' };
      }
      if (builtins.has(specifier.split('/')[0])) return { messageId: 'bareBuiltin' };
      if (layer.packages.some((entry) => underPackage(specifier, entry))) return null;
      return { messageId: 'denied', what: 'a package this layer does not list' };
    }

    function check(node, specifier, typeOnly) {
      const problem = denial(specifier, typeOnly);
      if (!problem) return;
      context.report({
        node,
        messageId: problem.messageId,
        data: {
          layer: layer.name,
          specifier,
          what: problem.what ?? '',
          allowed,
          builtins: layer.builtins ? '' : 'runs where there is no Node: no built-ins at all.',
        },
      });
    }

    const literal = (node) => {
      if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
      if (node?.type === 'TemplateLiteral' && node.expressions.length === 0)
        return node.quasis[0].value.cooked;
      return null;
    };
    const declarationIsTypeOnly = (node) =>
      node.importKind === 'type' ||
      node.exportKind === 'type' ||
      ((node.specifiers?.length ?? 0) > 0 &&
        node.specifiers.every(
          (specifier) => specifier.importKind === 'type' || specifier.exportKind === 'type',
        ));

    return {
      ImportDeclaration(node) {
        check(node.source, node.source.value, declarationIsTypeOnly(node));
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node.source, node.source.value, declarationIsTypeOnly(node));
      },
      ExportAllDeclaration(node) {
        check(node.source, node.source.value, node.exportKind === 'type');
      },
      TSImportEqualsDeclaration(node) {
        const reference = node.moduleReference;
        if (reference.type === 'TSExternalModuleReference') {
          check(reference.expression, reference.expression.value, node.importKind === 'type');
        }
      },
      TSImportType(node) {
        // typescript-eslint 8 names the specifier `source`; older versions `argument` (a literal type).
        const source = 'source' in node ? node.source : node.argument?.literal;
        const specifier = literal(source);
        if (specifier !== null) check(node, specifier, true);
      },
      ImportExpression(node) {
        const specifier = literal(node.source);
        if (specifier === null) {
          context.report({ node, messageId: 'computed', data: { layer: layer.name } });
        } else {
          check(node.source, specifier, false);
        }
      },
      CallExpression(node) {
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'require') return;
        const specifier = literal(node.arguments[0]);
        if (specifier === null) {
          context.report({ node, messageId: 'computed', data: { layer: layer.name } });
        } else {
          check(node.arguments[0], specifier, false);
        }
      },
    };
  },
};

export default { rules: { layers: layersRule } };
