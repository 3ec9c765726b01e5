/**
 * The custom elements manifest (`npm run manifest`), read by editors, Storybook and the README's
 * tables: only the public API. Internal members (`_likeThis`) and events the analyzer guessed from
 * code rather than read from an `@event` tag are left out.
 */
const internal = (item) => item.name?.startsWith('_') || item.fieldName?.startsWith('_');

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.members &&= declaration.members.filter((member) => !internal(member));
            declaration.attributes &&= declaration.attributes.filter((attribute) => !internal(attribute));
            declaration.events &&= declaration.events.filter((event) => event.description);
            // An abstract base (`ListElement`) is no element of its own: only classes with a tag are.
            if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          }
        }
      },
    },
  ],
};
