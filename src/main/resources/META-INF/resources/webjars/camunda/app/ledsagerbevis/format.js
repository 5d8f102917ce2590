// Dates and times as the case screens show them, in Norwegian.

export function tidspunkt(iso) {
  return iso ? new Date(iso).toLocaleString('nb-NO', {dateStyle: 'short', timeStyle: 'short'}) : '';
}

export function dato(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, day] = iso.split('-');
  return day + '.' + month + '.' + year;
}
