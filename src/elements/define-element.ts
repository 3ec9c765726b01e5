/**
 * Registers `tag` unless it is taken. When another copy of the library (or another library) already
 * registered it, this copy says so in the console and leaves the page as it is.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing != element) console.warn(`photo-story-elements: <${tag}> is already defined.`);
}
