// One entry point for every format: the argument list in, the file's bytes or text and how to name and type it out.
import type { ArgumentList } from './argumentList';
import { exportCsv } from './csv';
import { exportDocx } from './docx';
import { exportHtml } from './html';
import { exportJsonLd } from './jsonld';
import { exportMarkdown } from './markdownList';
import { exportQdpx } from './qdpx';
import type { ExportFormat } from './scope';

export interface ExportedFile {
  data: string | Uint8Array;
  mimeType: string;
  extension: string;
}

export const FORMAT_FILES: Record<ExportFormat, { mimeType: string; extension: string }> = {
  markdown: { mimeType: 'text/markdown;charset=utf-8', extension: 'md' },
  csv: { mimeType: 'text/csv;charset=utf-8', extension: 'csv' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  html: { mimeType: 'text/html;charset=utf-8', extension: 'html' },
  // The PDF is printed by the host from the HTML; this is the HTML it prints.
  pdf: { mimeType: 'application/pdf', extension: 'pdf' },
  jsonld: { mimeType: 'application/ld+json;charset=utf-8', extension: 'jsonld' },
  qdpx: { mimeType: 'application/zip', extension: 'qdpx' },
};

export async function exportArgumentList(list: ArgumentList, format: ExportFormat): Promise<ExportedFile> {
  const { mimeType, extension } = FORMAT_FILES[format];
  const data = await render(list, format);
  return { data, mimeType, extension };
}

function render(list: ArgumentList, format: ExportFormat): string | Promise<Uint8Array> {
  switch (format) {
    case 'markdown':
      return exportMarkdown(list);
    case 'csv':
      return exportCsv(list);
    case 'docx':
      return exportDocx(list);
    case 'html':
    case 'pdf':
      return exportHtml(list);
    case 'jsonld':
      return exportJsonLd(list);
    case 'qdpx':
      return exportQdpx(list);
  }
}
