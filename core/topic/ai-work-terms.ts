/**
 * Terms that say a text is about AI (and automation) and about work. Data only; the detector
 * counts them. Case-sensitive acronyms are kept apart so "AI" does not match inside other words.
 */
export const AI_ACRONYMS = ['AI', 'A.I.', 'GenAI', 'LLM', 'LLMs', 'GPT', 'ChatGPT', 'KI', 'IA', 'AGI'];

export const AI_TERMS = [
  'artificial intelligence', 'machine learning', 'deep learning', 'neural network', 'neural networks', 'large language model',
  'large language models', 'generative', 'chatbot', 'chatbots', 'automation', 'automated', 'automate', 'automating', 'robot', 'robots',
  'robotics', 'humanoid', 'algorithm', 'algorithms', 'copilot', 'openai', 'anthropic', 'deepmind', 'nvidia', 'gpu', 'gpus',
  'kecerdasan buatan', 'kecerdasan artifisial', 'generatif', 'otomatisasi', 'otomasi', 'robotik', 'algoritma',
  'inteligencia artificial', 'inteligência artificial', 'intelligence artificielle', 'künstliche intelligenz', 'automatización', 'automação',
  // AI products and labs, as news names them.
  'gemini', 'claude', 'deepseek', 'midjourney', 'xai',
];

/** AI terms that also name plain mechanisation: they add to the count, but a text naming only these is about automation, not AI. */
export const AUTOMATION_TERMS = new Set([
  'automation', 'automated', 'automate', 'automating', 'otomatisasi', 'otomasi', 'automatización', 'automação',
]);

export const WORK_TERMS = [
  'job', 'jobs', 'work', 'worker', 'workers', 'workforce', 'working', 'employment', 'employee', 'employees', 'employer', 'employers',
  'unemployment', 'unemployed', 'layoff', 'layoffs', 'laid off', 'lay off', 'hiring', 'hire', 'hired', 'labour', 'labor',
  'labour market', 'labor market', 'wage', 'wages', 'salary', 'salaries', 'career', 'careers', 'occupation', 'occupations', 'skill',
  'skills', 'reskilling', 'upskilling', 'staff', 'headcount', 'recruitment', 'recruiting', 'profession', 'professions', 'job cuts',
  'pekerjaan', 'pekerja', 'bekerja', 'kerja', 'tenaga kerja', 'lapangan kerja', 'karyawan', 'pegawai', 'buruh', 'phk',
  'pemutusan hubungan kerja', 'pengangguran', 'upah', 'gaji', 'keterampilan', 'keahlian', 'rekrutmen', 'profesi', 'perekrutan',
  'empleo', 'empleos', 'trabajo', 'trabajadores', 'emprego', 'empregos', 'trabalhadores', 'emploi', 'emplois', 'travail',
  'arbeit', 'arbeitsplätze', 'beschäftigte', 'arbeitsmarkt',
  // Occupations and labour vocabulary: a story about radiologists or ojol drivers and AI is about work.
  'talent', 'talents', 'contractor', 'contractors', 'freelancer', 'freelancers', 'graduates', 'entry level', 'white collar', 'workplace',
  'radiologist', 'radiologists', 'developer', 'developers', 'programmer', 'programmers', 'coder', 'coders', 'software engineer',
  'software engineers', 'call centre', 'call centres', 'call center', 'call centers', 'customer service', 'translator', 'translators',
  'driver', 'drivers', 'cashier', 'cashiers', 'clerk', 'clerks', 'nurse', 'nurses', 'teacher', 'teachers',
  'talenta', 'sdm', 'sumber daya manusia', 'pelatihan', 'lowongan', 'pencari kerja', 'ojol', 'pengemudi', 'sopir', 'kasir',
  'penerjemah', 'pengembang', 'karier', 'karir', 'lulusan',
];
