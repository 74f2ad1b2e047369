// Register cells as the screen shows them: the server writes dates YYYY-MM-DD (as in the XLSX
// export); the screen shows dd/mm/yyyy.
import { formatDate, isIsoDate } from '../../../lib/dates';

export function cellText(cell: string): string {
  return isIsoDate(cell) ? formatDate(cell) : cell;
}
