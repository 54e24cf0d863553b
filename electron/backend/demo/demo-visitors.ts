import { fakerID_ID as faker } from '@faker-js/faker';
import { VISIT_PURPOSES, type VisitPurpose } from '../../../shared/guests/visit-purpose';

/**
 * Realistic Indonesian visitors for the demo office and the benchmark: names, addresses,
 * mobile numbers and NIKs of the right shape. Seeded, so a demo looks the same each time.
 */
export interface FakeVisitor {
  name: string;
  nik: string;
  phone: string;
  address: string;
  institution: string;
  purpose: VisitPurpose;
  purposeOther: string;
  host: string;
  notes: string;
}

const HOSTS = [
  'Subbag Umum', 'Kepala Dinas', 'Sekretaris', 'Bidang Koperasi', 'Bidang UKM', 'UPT Pelatihan',
  'Bidang Pengawasan', 'Petugas Pelayanan', 'Kasubag Kepegawaian',
];
const INSTITUTIONS = ['', '', '', 'Koperasi Maju Bersama', 'LSM Peduli Rakyat', 'CV Sinar Abadi', 'Universitas Tadulako', 'Kelurahan Besusu Barat'];
const PROVINCES = ['72', '73', '31', '32', '33', '35', '71', '12', '51', '64'];

export function seedFakeVisitors(seed: number): void {
  faker.seed(seed);
}

function fakeNik(): string {
  const province = faker.helpers.arrayElement(PROVINCES);
  const region = faker.string.numeric(4);
  const female = faker.datatype.boolean();
  const day = faker.number.int({ min: 1, max: 28 }) + (female ? 40 : 0);
  const month = faker.number.int({ min: 1, max: 12 });
  const year = faker.number.int({ min: 50, max: 99 });
  const serial = String(faker.number.int({ min: 1, max: 9999 })).padStart(4, '0');
  return `${province}${region}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${serial}`;
}

export function fakeVisitor(): FakeVisitor {
  const purpose = faker.helpers.weightedArrayElement(
    VISIT_PURPOSES.map((p) => ({ value: p, weight: p === 'pengaduan_baru' ? 4 : p === 'lainnya' ? 1 : 2 })),
  );
  return {
    name: faker.person.fullName(),
    nik: faker.datatype.boolean({ probability: 0.7 }) ? fakeNik() : '',
    phone: '08' + faker.helpers.arrayElement(['11', '12', '13', '21', '22', '52', '53', '57', '77', '78', '95', '96']) + faker.string.numeric(faker.number.int({ min: 7, max: 8 })),
    address: `${faker.location.streetAddress()}, ${faker.location.city()}`,
    institution: faker.helpers.arrayElement(INSTITUTIONS),
    purpose,
    purposeOther: purpose === 'lainnya' ? faker.helpers.arrayElement(['Legalisir dokumen', 'Survei lapangan', 'Rapat koordinasi']) : '',
    host: faker.helpers.arrayElement(HOSTS),
    notes: faker.datatype.boolean({ probability: 0.2 }) ? faker.helpers.arrayElement(['Membawa berkas lengkap', 'Janji temu jam 10', 'Didampingi keluarga']) : '',
  };
}
