/**
 * The upload plugin's file gains what the extraction queue keeps per file, both private (never in the content or
 * upload APIs' answers, which the site and the public read): `textLayer`, the text page by page with the outcome
 * (content/src/original-text.ts `TextLayerSchema`), and `textStatus`, the same status as a plain column, so that
 * the queue finds pending files and counts each outcome without reading any text. Checked against @strapi/upload
 * 5.54.0 (the file content type is `plugin.contentTypes.file.schema`, extended by cms/src/extensions/upload).
 */
export function addTextLayerAttributes(plugin: { contentTypes: Record<string, { schema: { attributes: Record<string, unknown> } }> }): void {
  const attributes = plugin.contentTypes.file!.schema.attributes;
  attributes.textLayer = { type: 'json', private: true, configurable: false };
  attributes.textStatus = { type: 'string', private: true, configurable: false };
}
