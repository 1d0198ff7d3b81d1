// Writes the argument list in the chosen format through the host: save dialog or download, or the PDF print path.
import { exportArgumentList, type ArgumentList, type ExportFormat } from '../../../shared/export';
import type { SaveFileResult } from '../../../shared/ipc';
import { bridge } from '../platform';
import { exportFileName } from './exportFileName';

export interface SaveLabels {
  dialogTitle: string;
  /** The file type as the save dialog lists it. */
  filterName: string;
}

export async function saveExport(list: ArgumentList, format: ExportFormat, baseName: string, labels: SaveLabels): Promise<SaveFileResult> {
  const file = await exportArgumentList(list, format);
  const suggestedName = exportFileName(baseName, file.extension);
  const filters = [{ name: labels.filterName, extensions: [file.extension] }];
  if (format === 'pdf') {
    return bridge.printPdf({ title: labels.dialogTitle, suggestedName, filters, html: file.data as string });
  }
  return bridge.saveFile({ title: labels.dialogTitle, suggestedName, mimeType: file.mimeType, filters, data: file.data });
}
