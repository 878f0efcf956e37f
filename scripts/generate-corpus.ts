/**
 * A deterministic generator of news-style articles for benchmarks: varied names, titles, places, outlets,
 * quotes, anonymous sources, figures and dates, none copied from the seeds. The same seed gives the same corpus.
 * `tsx scripts/generate-corpus.ts <count> <folder>` writes `<folder>/NNNN_generated.txt` and `editorial.yaml`;
 * `--syndicated` writes a few stories each carried by many outlets instead (see `generateSyndicatedCorpus`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = ['Amara', 'Tomasz', 'Leila', 'Kwame', 'Ingrid', 'Rafael', 'Mei', 'Oluwaseun', 'Sven', 'Priya', 'Dmitri', 'Fatima', 'Joaquín', 'Ayesha', 'Henrik', 'Nadia', 'Kofi', 'Elena', 'Hiroshi', 'Zanele', 'Mateus', 'Yasmin', 'Bogdan', 'Chiara', 'Emeka', 'Sofía', 'Arjun', 'Liesel', 'Tariq', 'Marisol'];
const lastNames = ['Okonkwo-Reyes', 'Lindqvist', 'Haddad', 'Mensah', 'Kowalczyk', 'Fernández', 'Nakamura', 'bin Khalid Al-Sabah', 'van der Merwe', 'Petrenko', 'Abubakar', 'Moreau', 'Castellano', 'Iyer', 'Grünewald', 'Achterberg', 'Osei', 'Dimitriou', 'Takahashi', 'Ndlovu-Khumalo', 'Silveira', 'El-Amin', 'Popescu', 'Ricci', 'Adeyemi', 'Vasquez', 'Raman', 'Hoffmann', 'Qureshi', 'Delgado'];
const titles = ['Finance Minister', 'Interior Minister', 'Health Minister', 'Governor', 'Mayor', 'Police Commissioner', 'Energy Minister', 'Foreign Minister', 'Central Bank Governor', 'Transport Minister'];
const places = ['Port Hallam', 'Vestrana', 'Kilmora', 'San Aurelio', 'Takoradi Bay', 'Norrvik', 'Bel Azar', 'Ostrava Nova', 'Kesh Valley', 'Marisco'];
const countries = ['Norland', 'Veridia', 'Calvaria', 'Ostmark', 'Sundara'];
const organisations = ['the National Water Authority', 'the Coastal Development Bank', 'the Ministry of Ports', 'the Federation of Dock Workers', 'the Regional Health Council', 'the Highway Safety Commission', 'the Grain Exporters Association', 'the Solar Energy Agency'];
const outlets = ['Reuters', 'AFP', 'the Associated Press', 'Bloomberg News', 'The Guardian', 'Al Jazeera'];
const anonymous = ['a senior government official', 'two officials familiar with the talks', 'a diplomat who asked not to be named', 'people close to the negotiations', 'a witness', 'a local resident'];
const happenings = ['floods', 'a port strike', 'a bridge collapse', 'a power outage', 'a fuel shortage', 'an earthquake'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const counted = ['people', 'families', 'workers', 'homes', 'vehicles', 'businesses'];

/** Writes one generated article; returns its text and publication date. */
export function generateArticle(index: number, seed = 20211023): { text: string; published: string } {
  const next = random(seed + index * 7919);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const person = () => `${pick(firstNames)} ${pick(lastNames)}`;
  const place = pick(places);
  const country = pick(countries);
  const event = pick(happenings);
  const minister = person();
  const official = person();
  const expert = person();
  const outlet = pick(outlets);
  const number = () => 5 + Math.floor(next() * 900);
  const year = 2015 + Math.floor(next() * 9);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 27);
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const expertSurname = expert.split(' ').at(-1)!;
  const paragraphs = [
    `${place.toUpperCase()}, ${country} (${outlet.replace(/^the /, '')}) - ${pick(['Authorities', 'Officials', 'Rescuers'])} in ${place} said on ${pick(weekdays)} that ${event} had affected at least ${number()} ${pick(counted)}, ${pick(anonymous)} said.`,
    `"We are doing everything we can," ${pick(titles)} ${minister} told reporters in ${place}. "Nobody will be left behind."`,
    `The ${event.replace(/^an? /, '')} hit ${place} on ${pick(weekdays)}, according to ${pick(organisations)}.`,
    `${pick(organisations).replace(/^the /, 'The ')} said in a statement that roughly ${number()} ${pick(counted)} had been moved to shelters by ${pick(weekdays)} evening.`,
    `According to ${pick(anonymous)}, the government had been warned about the risk in ${pick(months)} ${year - 1} but did not act.`,
    `${official}, a spokesperson for ${pick(organisations)}, denied that claim. "The warnings were passed on the same day," ${official.split(' ').at(-1)} said.`,
    `${expert}, an engineer at the University of ${pick(places)}, said the damage could cost more than ${number()} million euros. ${expertSurname} added that repairs would take months.`,
    `${outlet.replace(/^the /, 'The ')} reported last week that ${number()} ${pick(counted)} had already left the area, citing ${pick(anonymous)}.`,
    `The last comparable disaster, in ${year - 3 - Math.floor(next() * 10)}, killed ${number()} people, according to official figures.`,
    `Asked whether the response had been too slow, ${minister.split(' ').at(-1)} said: "We will answer every question. But first we help people."`,
  ];
  const count = 6 + Math.floor(next() * 4);
  const body = paragraphs.slice(0, count).join('\n\n');
  return { text: `${body}\n`, published };
}

/** Writes `count` articles and their editorial file into a folder. */
export async function generateCorpus(count: number, folder: string, seed = 20211023): Promise<void> {
  await mkdir(folder, { recursive: true });
  const lines = ['articles:'];
  for (let i = 0; i < count; i++) {
    const name = `${String(i).padStart(4, '0')}_generated.txt`;
    const { text, published } = generateArticle(i, seed);
    await writeFile(path.join(folder, name), text);
    lines.push(`  ${name}:`, `    published: ${published}`);
  }
  await writeFile(path.join(folder, 'editorial.yaml'), `${lines.join('\n')}\n`);
}

/** Local papers that pick up a wire story, and the towns they add a paragraph about. */
const localOutlets = ['Harbour Gazette', 'Valley Courier', 'Northern Star', 'Evening Ledger', 'Coast Herald', 'Plains Tribune', 'Metro Daily', 'Island Times'];
const headlineOpeners = ['Officials say', 'Update:', 'Breaking:', 'Report:', 'Latest:', 'Explainer:'];

/**
 * Writes a syndicated corpus: `stories` wire stories, each carried by many outlets under their own file names, as
 * real corpora are (one AP or Reuters story in hundreds of papers). Each copy has its own headline and date line,
 * and small edits: the last paragraphs trimmed, or a local paragraph added. The editorial file has no entry for
 * any of them, so everything the pipeline knows comes from the texts.
 */
export async function generateSyndicatedCorpus(count: number, folder: string, stories = 4, seed = 20211023): Promise<void> {
  await mkdir(folder, { recursive: true });
  const originals = Array.from({ length: stories }, (_, i) => generateArticle(i, seed));
  for (let i = 0; i < count; i++) {
    const next = random(seed * 31 + i);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const story = i % stories;
    const original = originals[story]!;
    let paragraphs = original.text.trim().split('\n\n');
    // Most papers run the story whole; some trim its ending to fit, some add a paragraph of their own.
    const edit = next();
    if (edit < 0.3) paragraphs = paragraphs.slice(0, paragraphs.length - 1 - Math.floor(next() * 2));
    else if (edit < 0.5) paragraphs.push(`In ${pick(places)}, the ${pick(localOutlets)} learned that local shelters were ready to take in ${5 + Math.floor(next() * 90)} more families.`);
    const outlet = pick(localOutlets);
    const [year, month, day] = original.published.split('-').map(Number) as [number, number, number];
    const headline = `${pick(headlineOpeners)} ${paragraphs[0]!.split(' - ')[1]?.split(',')[0] ?? 'Story'} (${outlet})`;
    const dateLine = `Published ${months[month - 1]} ${day + Math.floor(next() * 2)}, ${year}`;
    const name = `${String(i).padStart(4, '0')}_${outlet.toLowerCase().replace(/\s+/gu, '-')}_story-${story}.txt`;
    await writeFile(path.join(folder, name), `${headline}\n\n${dateLine}\n\n${paragraphs.join('\n\n')}\n`);
  }
  await writeFile(path.join(folder, 'editorial.yaml'), 'articles: {}\n');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const count = Number(args[0] ?? 100);
  const syndicated = process.argv.includes('--syndicated');
  const folder = path.resolve(args[1] ?? `bench/out/${syndicated ? 'syndicated' : 'corpus'}-${count}`);
  await (syndicated ? generateSyndicatedCorpus(count, folder) : generateCorpus(count, folder));
}
