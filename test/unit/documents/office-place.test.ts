import { describe, expect, it } from 'vitest';
import { officePlace } from '../../../electron/documents/document-blocks';

describe('officePlace (the place before the date of a letter)', () => {
  it.each([
    ['Jl. Sudirman No. 1, Kota Palu 94111', 'Palu'],
    ['Jl. Merdeka 3, Kec. Belakang Padang, Kota Batam, Kepulauan Riau 29413', 'Batam'],
    ['Jl. Prof. Moh. Yamin No. 45, Palu, Sulawesi Tengah 94114', 'Palu'],
    ['Jl. Pahlawan No. 3, Kel. Tanjung, Pangkalpinang, Kepulauan Bangka Belitung 33127', 'Pangkalpinang'],
    ['Jl. Veteran No. 10, Pangkalpinang 33127', 'Pangkalpinang'],
    ['Jl. Veteran No. 10', ''],
    ['', ''],
  ])('%s → %s', (address, place) => {
    expect(officePlace(address)).toBe(place);
  });
});
