/**
 * The upload plugin's file content type, extended with what the portal derives from each file. One named call per
 * attribute, so each feature's addition stays one line here. Checked against @strapi/upload 5.54.0
 * (`plugin.contentTypes.file.schema.attributes`, the plugin-extension convention of Strapi 5).
 */
/** The part of the upload plugin's definition extended here. */
type UploadPlugin = { contentTypes?: { file?: { schema?: { attributes?: Record<string, unknown> } } } };

export default (plugin: UploadPlugin) => {
  addSignatureReport(plugin);
  addContentSha256(plugin);
  return plugin;
};

/**
 * What verifying the file's digital signatures found (content/src/signature-verdict.ts, `SignatureReport`), written
 * by the CMS only (services/originals/originals.ts); public, so a document's populated attachments carry it to the site.
 */
function addSignatureReport(plugin: UploadPlugin): void {
  fileAttributes(plugin).signatureReport = { type: 'json', configurable: false };
}

/**
 * The SHA-256 of an original's bytes, written when an import attaches it (services/registry/originals.ts), so that
 * importing the same folder again compares hashes instead of reading every stored file back; private (nothing
 * public needs it), cleared when the media library replaces the file.
 */
function addContentSha256(plugin: UploadPlugin): void {
  fileAttributes(plugin).contentSha256 = { type: 'string', configurable: false, private: true };
}

function fileAttributes(plugin: UploadPlugin): Record<string, unknown> {
  const attributes = plugin.contentTypes?.file?.schema?.attributes;
  if (!attributes) throw new Error('@strapi/upload has no file content type any more: re-check cms/src/extensions/upload/strapi-server.ts');
  return attributes;
}
