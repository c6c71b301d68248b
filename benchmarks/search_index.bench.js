// Speed of the Dropdown's search index in node: build time and per-query medians at
// 1k / 10k / 100k options with accented place-name labels and values like "city-000042"
// (which the search matches too).
// Run: node benchmarks/search_index.bench.js   (not part of `make test`: timings are not tests)
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildSearchIndex, searchIndex } from '../src/lib/search/searchIndex.js';

const CITIES = [
    'São Paulo',
    'Zürich',
    'Łódź',
    'Ñuñoa',
    'Kraków',
    'Malmö',
    'Göteborg',
    'Århus',
    'Montréal',
    'Québec',
    'Besançon',
    'Saint-Étienne',
    'Nîmes',
    'Orléans',
    'Düsseldorf',
    'München',
    'Köln',
    'Straßburg',
    'Genève',
    'Neuchâtel',
    'Bogotá',
    'Medellín',
    'Cúcuta',
    'Asunción',
    'Concepción',
    'Valparaíso',
    'Viña del Mar',
    'Curaçao',
    'Brasília',
    'Belém',
    'Goiânia',
    'Maceió',
    'Florianópolis',
    'Ribeirão Preto',
    'Reykjavík',
    'Þórshöfn',
    'Tromsø',
    'Ærøskøbing',
    'Helsingør',
    'Jyväskylä',
    'Tampere',
    'Gdańsk',
    'Wrocław',
    'Poznań',
    'Białystok',
    'Brno',
    'Plzeň',
    'České Budějovice',
    'Bratislava',
    'Košice',
    'Győr',
    'Pécs',
    'Debrecen',
    'Cluj-Napoca',
    'Brașov',
    'Timișoara',
    'İstanbul',
    'İzmir',
    'Eskişehir',
    'Diyarbakır',
    'Şanlıurfa',
    'Hà Nội',
    'Đà Nẵng',
    'Huế',
    'Hồ Chí Minh',
    'Cần Thơ',
    'Nha Trang',
    'Toruń',
    'Ljubljana',
    'Zagreb',
    'Niš',
    'Thessaloníki',
    'Pátra',
    'Iráklio',
    'Sevilla',
    'Málaga',
    'Córdoba',
    'Cádiz',
    'Logroño',
    'A Coruña',
    'León',
    'Zaragoza',
    'Lisboa',
    'Évora',
    'Setúbal',
    'Guimarães',
    'Porto',
    'Roma',
    'Forlì',
    'Cefalù',
    'Napoli',
    'Torino',
    'Mérida',
    'Querétaro',
    'San Luis Potosí',
    'Mazatlán',
    'Culiacán',
    'Tórshavn',
    'Nuuk',
    'Montevideo',
    'Paysandú',
    'Trinidad',
    'New York',
    'Los Angeles',
    'San Francisco',
    'Chicago',
    'Houston',
    'Toronto',
    'Vancouver',
    'Oslo',
    'Bergen',
    'Stockholm',
    'Uppsala',
    'Linköping',
    'Västerås',
    'Örebro',
    'Luleå',
];
const DISTRICTS = [
    'Centro',
    'Nord',
    'Süd',
    'Ost',
    'West',
    'Altstadt',
    'Vieux-Port',
    'Bairro Alto',
    'Île Verte',
    'Östermalm',
    'Södermalm',
    'Vila Madalena',
    'Pinheiros',
    'Moema',
    'Oerlikon',
    'Wiedikon',
    'Śródmieście',
    'Żoliborz',
    'Mokotów',
    'Praga',
    'Nowa Huta',
    'Kazimierz',
    'Podgórze',
    'Bałuty',
    'Widzew',
    'Providencia',
    'Las Condes',
    'Macul',
    'La Reina',
    'Peñalolén',
    'Chapinero',
    'Usaquén',
    'El Poblado',
    'Belén',
    'Laureles',
    'Plateau',
    'Rosemont',
    'Verdun',
    'Lachine',
    'Limoilou',
    'Sainte-Foy',
    'Charlesbourg',
    'Beşiktaş',
    'Kadıköy',
    'Üsküdar',
    'Şişli',
    'Fatih',
    'Hoàn Kiếm',
    'Ba Đình',
    'Tây Hồ',
    'Quận 1',
    'Bình Thạnh',
    'Gràcia',
    'Sants',
    'Eixample',
    'Triana',
    'Nervión',
    'Alfama',
    'Belém Velho',
    'Chiado',
    'Trastevere',
    'Testaccio',
    'Vomero',
    'Posillipo',
    'Harlem',
    'Brooklyn',
    'Queens',
    'Bronx',
    'Midtown',
    'Kitsilano',
    'Gastown',
    'Frogner',
    'Grünerløkka',
    'Majorna',
    'Haga',
    'Vesterbro',
    'Nørrebro',
    'Kallio',
    'Töölö',
    'Punavuori',
    'Žižkov',
    'Vinohrady',
    'Smíchov',
    'Petržalka',
    'Óbuda',
    'Újpest',
    'Kőbánya',
    'Mănăștur',
    'Gheorgheni',
];
const COUNTRIES = [
    'Brasil',
    'Schweiz',
    'Polska',
    'Chile',
    'Sverige',
    'Danmark',
    'Canada',
    'France',
    'Deutschland',
    'Colombia',
    'Paraguay',
    'Ísland',
    'Norge',
    'Suomi',
    'Česko',
    'Slovensko',
    'Magyarország',
    'România',
    'Türkiye',
    'Việt Nam',
];

/** `count` distinct labels such as "Moema, São Paulo (Brasil) 3", in a shuffled order. */
export function placeLabels(count) {
    const labels = new Array(count);
    let seed = 12345;
    const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
    };
    const combinations = CITIES.length * DISTRICTS.length * COUNTRIES.length;
    for (let i = 0; i < count; i++) {
        const city = CITIES[i % CITIES.length];
        const district = DISTRICTS[Math.floor(i / CITIES.length) % DISTRICTS.length];
        const country =
            COUNTRIES[
                Math.floor(i / (CITIES.length * DISTRICTS.length)) % COUNTRIES.length
            ];
        const repeat = Math.floor(i / combinations);
        labels[i] = `${district}, ${city} (${country})${repeat ? ` ${repeat + 1}` : ''}`;
    }
    for (let i = count - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [labels[i], labels[j]] = [labels[j], labels[i]];
    }
    return labels;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

/** Wall-clock and CPU milliseconds of run(), and its result. */
function time(run) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = run();
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    return { wall, cpu: (cpu.user + cpu.system) / 1000, result };
}

function medians(samples) {
    return {
        wall: median(samples.map((sample) => sample.wall)),
        cpu: median(samples.map((sample) => sample.cpu)),
    };
}

function format({ wall, cpu }) {
    return `${wall.toFixed(2)}/${cpu.toFixed(2)}`;
}

// Typed as a user would; 'ñ' and 'ü' check that accented queries are as fast.
const QUERIES = [
    'a',
    'e',
    's',
    'z',
    'ñ',
    'sa',
    'ko',
    'ü',
    'zu',
    'sao',
    'lod',
    'mon',
    'xyz',
    'a b',
    'city',
    '0042',
];
const TYPING = ['s', 'sa', 'sao', 'sao ', 'sao p', 'sao pa', 'sao pau'];
const REPEATS = 101;

function bench(count) {
    // Through JSON, as Dash delivers them: flat strings, not the template literals' ropes.
    const labels = JSON.parse(JSON.stringify(placeLabels(count)));
    const values = labels.map((_, i) => `city-${String(i).padStart(6, '0')}`);
    const builds = [];
    let index;
    for (let run = 0; run < 7; run++) {
        const sample = time(() => buildSearchIndex(labels, values));
        builds.push(sample);
        index = sample.result;
    }
    const build = medians(builds);
    console.log(
        `\n${count.toLocaleString('en')} options: build first ${builds[0].wall.toFixed(1)} ms,` +
            ` median wall/cpu ${format(build)} ms`
    );
    // The slowest medians among queries of 1-3 characters, the issue's keystroke budget.
    const slowest = { wall: 0, wallWhat: '', cpu: 0, cpuWhat: '' };
    const note = (query, order, result) => {
        if (query.length <= 3 && result.wall > slowest.wall) {
            slowest.wall = result.wall;
            slowest.wallWhat = `'${query}' ${order}`;
        }
        if (query.length <= 3 && result.cpu > slowest.cpu) {
            slowest.cpu = result.cpu;
            slowest.cpuWhat = `'${query}' ${order}`;
        }
    };
    for (const order of ['relevance', 'original']) {
        const cells = QUERIES.map((query) => {
            const samples = [];
            for (let run = 0; run < REPEATS; run++) {
                samples.push(time(() => searchIndex(index, query, { order })));
            }
            note(query, order, medians(samples));
            return `'${query}' ${format(medians(samples))} (${samples[0].result.length})`;
        });
        console.log(`  ${order}: ${cells.join(', ')}`);
        const perKeystroke = TYPING.map(() => []);
        for (let run = 0; run < REPEATS; run++) {
            TYPING.forEach((query, k) => {
                perKeystroke[k].push(time(() => searchIndex(index, query, { order })));
            });
        }
        const typed = TYPING.map((query, k) => {
            note(query, `${order} typed`, medians(perKeystroke[k]));
            return `'${query}' ${format(medians(perKeystroke[k]))}`;
        });
        console.log(`  ${order}, keystrokes of a typed query: ${typed.join(', ')}`);
    }
    summary.push(
        `| ${count.toLocaleString('en')} | ${build.wall.toFixed(1)} | ${build.cpu.toFixed(1)} | ` +
            `${slowest.wall.toFixed(2)} (${slowest.wallWhat}) | ` +
            `${slowest.cpu.toFixed(2)} (${slowest.cpuWhat}) |`
    );
}

const summary = [
    '| options | build wall ms | build CPU ms | slowest 1-3 char query, wall ms | ' +
        'slowest 1-3 char query, CPU ms |',
    '| ---: | ---: | ---: | ---: | ---: |',
];

const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
console.log(
    `node ${process.version}; load average ${load}; medians of ${REPEATS} runs, ` +
        'wall/cpu ms per query (matches)'
);
for (const count of [1000, 10000, 100000]) {
    bench(count);
}
console.log(`\n${summary.join('\n')}`);
