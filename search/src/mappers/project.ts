import { projectAnchor, type Project } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { labelled, listRowRecord, plainText } from './page-parts.ts';

export function projectSlug(documentId: string): string {
  return `du-an-${documentId}`;
}

export function projectSearchId(documentId: string): string {
  return `page:${projectSlug(documentId)}`;
}

/** A dự án, kêu gọi đầu tư, gói thầu or mua sắm công as a search record of kind `page`, linking to its card on `/du-an`. */
export function projectToSearchDocument(project: Project): SearchDocument {
  const text = plainText(
    project.summary,
    labelled('Chủ đầu tư / bên mời thầu', project.investor),
    labelled('Địa điểm', project.location),
    labelled('Tổng mức đầu tư / giá gói thầu', project.budget),
    labelled('Nguồn vốn', project.fundingSource),
    labelled('Thời gian thực hiện', project.period),
    labelled('Tình trạng', project.status),
  );
  return listRowRecord({ section: 'projects', slug: projectSlug(project.documentId), anchor: projectAnchor(project.documentId), title: project.name, text });
}
