import { addTextLayerAttributes } from '../../services/original-text/text-layer-attributes';

/** The upload plugin, extended by the portal: each addition is one named function beside the service that needs it. */
export default (plugin: any) => {
  // The text of the originals (PDF, DOCX, ODT) for search, and a scan's "cần số hóa" flag (issue 14 §2).
  addTextLayerAttributes(plugin);
  return plugin;
};
