/** A real Victorian suburb or town with its postcode. */
export interface PlaceRecord {
  name: string;
  postcode: string;
  regional: boolean;
}

/** Places where Shadow Goose's invented stories are set and its invented crew live. */
export const VICTORIAN_PLACES: readonly PlaceRecord[] = [
  { name: 'Footscray', postcode: '3011', regional: false },
  { name: 'Collingwood', postcode: '3066', regional: false },
  { name: 'Brunswick', postcode: '3056', regional: false },
  { name: 'St Kilda', postcode: '3182', regional: false },
  { name: 'Richmond', postcode: '3121', regional: false },
  { name: 'Northcote', postcode: '3070', regional: false },
  { name: 'Dandenong', postcode: '3175', regional: false },
  { name: 'Sunshine', postcode: '3020', regional: false },
  { name: 'Frankston', postcode: '3199', regional: false },
  { name: 'Box Hill', postcode: '3128', regional: false },
  { name: 'Geelong', postcode: '3220', regional: true },
  { name: 'Ballarat', postcode: '3350', regional: true },
  { name: 'Bendigo', postcode: '3550', regional: true },
  { name: 'Warrnambool', postcode: '3280', regional: true },
  { name: 'Mildura', postcode: '3500', regional: true },
  { name: 'Shepparton', postcode: '3630', regional: true },
  { name: 'Traralgon', postcode: '3844', regional: true },
  { name: 'Castlemaine', postcode: '3450', regional: true },
  { name: 'Lorne', postcode: '3232', regional: true },
  { name: 'Wangaratta', postcode: '3677', regional: true },
];
