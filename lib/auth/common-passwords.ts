/**
 * Passwords that are among the first an attacker tries: the top of the public breach lists
 * (as published by e.g. the UK NCSC and SecLists) plus Dutch favourites. Compared lower-cased,
 * so "Welkom123456" counts as common too. Most entries are shorter than the 12-character
 * minimum and are refused by length anyway; they stay listed so the list can be reused as is.
 */
const COMMON_PASSWORDS = [
  // The usual top of every breach list.
  '123456', 'password', '12345678', 'qwerty', '123456789', '12345', '1234', '111111', '1234567', 'dragon',
  '123123', 'baseball', 'abc123', 'football', 'monkey', 'letmein', '696969', 'shadow', 'master', '666666',
  'qwertyuiop', '123321', 'mustang', '1234567890', 'michael', '654321', 'superman', '1qaz2wsx', '7777777', '121212',
  '000000', 'qazwsx', '123qwe', 'killer', 'trustno1', 'jordan', 'jennifer', 'zxcvbnm', 'asdfgh', 'hunter',
  'buster', 'soccer', 'harley', 'batman', 'andrew', 'tigger', 'sunshine', 'iloveyou', '2000', 'charlie',
  'robert', 'thomas', 'hockey', 'ranger', 'daniel', 'starwars', 'klaster', '112233', 'george', 'computer',
  'michelle', 'jessica', 'pepper', '1111', 'zxcvbn', '555555', '11111111', '131313', 'freedom', '777777',
  'pass', 'maggie', '159753', 'aaaaaa', 'ginger', 'princess', 'joshua', 'cheese', 'amanda', 'summer',
  'love', 'ashley', 'nicole', 'chelsea', 'biteme', 'matthew', 'access', 'yankees', '987654321', 'dallas',
  'austin', 'thunder', 'taylor', 'matrix', 'william', 'corvette', 'hello', 'martin', 'heather', 'secret',
  'merlin', 'diamond', '1234qwer', 'gfhjkm', 'hammer', 'silver', '222222', '88888888', 'anthony', 'justin',
  'test', 'bailey', 'q1w2e3r4t5', 'patrick', 'internet', 'scooter', 'orange', '11111', 'golfer', 'cookie',
  'richard', 'samantha', 'bigdog', 'guitar', 'jackson', 'whatever', 'mickey', 'chicken', 'sparky', 'snoopy',
  'maverick', 'phoenix', 'camaro', 'peanut', 'morgan', 'welcome', 'falcon', 'cowboy', 'ferrari', 'samsung',
  'andrea', 'smokey', 'steelers', 'joseph', 'mercedes', 'dakota', 'arsenal', 'eagles', 'melissa', 'boomer',
  'booboo', 'spider', 'nascar', 'monster', 'tigers', 'yellow', 'xxxxxx', '123123123', 'gateway', 'marina',
  'diablo', 'bulldog', 'qwer1234', 'compaq', 'purple', 'hardcore', 'banana', 'junior', 'hannah', '123654',
  'porsche', 'lakers', 'iceman', 'money', 'cowboys', '987654', 'london', 'tennis', '999999', 'ncc1701',
  'coffee', 'scooby', '0000', 'miller', 'boston', 'q1w2e3r4', 'brandon', 'yamaha', 'chester', 'mother',
  'forever', 'johnny', 'edward', '333333', 'oliver', 'redsox', 'player', 'nikita', 'knight', 'fender',
  'barney', 'midnight', 'please', 'brandy', 'chicago', 'badboy', 'slayer', 'rangers', 'charles', 'angel',
  'flower', 'bigdaddy', 'rabbit', 'wizard', 'jasper', 'enter', 'rachel', 'chris', 'steven',
  'winner', 'adidas', 'victoria', 'natasha', '1q2w3e4r', 'jasmine', 'winter', 'prince', 'marine',
  'ghbdtn', 'fishing', 'cocacola', 'casper', 'james', '232323', 'raiders', '888888', 'marlboro', 'gandalf',
  'asdfasdf', 'crystal', '87654321', '12344321', 'golden', 'qwe123', 'password1', 'password12', 'password123',
  'admin', 'admin123', 'administrator', 'root', 'toor', 'changeme', 'default', 'guest', 'login', 'abcdef',
  'abcd1234', 'a1b2c3d4', 'qwerty1', 'qwerty12', 'qwerty123', 'iloveyou1', 'monkey123', 'dragon123',
  'football1', 'baseball1', 'sunshine1', 'princess1', 'welcome1', 'welcome123', 'letmein1', 'trustno1!',
  'p@ssw0rd', 'p@ssword', 'passw0rd', 'pa$$word', 'zaq12wsx', '!qaz2wsx', 'qazwsxedc', 'asdfghjkl',
  // Long ones that pass a length rule but are tried first all the same.
  '123456789012', '1234567890123', '12345678901234', '123456789123', '098765432109', '111111111111',
  '000000000000', '121212121212', '123123123123', '123412341234', '147258369147', '159357159357',
  'qwertyuiopas', 'qwerty123456', 'qwertyqwerty', 'qwerty1234567', 'qwertyuiop12', 'qwertyuiop123',
  'asdfghjkl123', 'asdfghjkl;\'', 'zxcvbnm12345', 'zxcvbnmasdfg', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  '1q2w3e4r5t6y7u', 'q1w2e3r4t5y6', 'qazwsxedcrfv', 'zaq1zaq1zaq1', 'abcdefghijkl', 'abc123abc123',
  'abcd12345678', 'a1b2c3d4e5f6', 'password1234', 'password12345', 'password123456', 'password2020',
  'password2021', 'password2022', 'password2023', 'password2024', 'password2025', 'password2026',
  'passwordpassword', 'mypassword123', 'newpassword123', 'password123!', 'password1234!', 'p@ssw0rd1234',
  'p@ssw0rd123!', 'passw0rd1234', 'iloveyou1234', 'iloveyou12345', 'iloveyouforever', 'letmein12345',
  'welcome12345', 'welcome123456', 'welcome2024!', 'administrator1', 'admin1234567', 'changeme1234',
  'football1234', 'baseball1234', 'sunshine1234', 'princess1234', 'starwars1234', 'superman1234',
  'trustno1trustno1', 'monkeymonkey', 'dragondragon', 'masterpassword', 'secretpassword', 'correcthorsebatterystaple',
  'thequickbrownfox', 'qwertyuiopasdfghjkl', 'qwertyuiopasdfghjklzxcvbnm', 'aaaaaaaaaaaa', 'abcabcabcabc',
  // Dutch favourites.
  'wachtwoord', 'wachtwoord1', 'wachtwoord12', 'wachtwoord01', 'wachtwoord123', 'wachtwoord1234',
  'wachtwoord12345', 'wachtwoord123!', 'wachtwoord2024', 'wachtwoord2025', 'wachtwoord2026', 'wachtwoordje',
  'wachtwoord!', 'mijnwachtwoord', 'mijnwachtwoord1', 'nieuwwachtwoord', 'nieuwwachtwoord1', 'geheimwachtwoord',
  'welkom', 'welkom1', 'welkom01', 'welkom12', 'welkom123', 'welkom1234', 'welkom12345', 'welkom123456',
  'welkom2024', 'welkom2025', 'welkom2026', 'welkomwelkom', 'welkom01welkom', 'welkomthuis123', 'hallo',
  'hallo123', 'hallo1234', 'hallohallo', 'hallohallo12', 'hallo123456', 'geheim', 'geheim123', 'geheim12345',
  'supergeheim', 'supergeheim1', 'supergeheim123', 'zomer', 'zomer2024', 'zomer2025', 'zomer2026', 'winter2024',
  'lente2025', 'herfst2025', 'voetbal', 'voetbal1', 'voetbal123', 'voetbal12345', 'voetballen', 'voetballen123',
  'ajax', 'ajax1900', 'ajaxamsterdam', 'ajax12345678', 'feyenoord', 'feyenoord1908', 'feyenoord123',
  'psv1913', 'psveindhoven', 'psveindhoven1', 'nederland', 'nederland1', 'nederland123', 'holland',
  'holland123', 'amsterdam', 'amsterdam1', 'amsterdam123', 'rotterdam', 'rotterdam010', 'rotterdam123',
  'utrecht', 'utrecht030', 'utrecht123', 'eindhoven', 'eindhoven040', 'groningen050', 'denhaag070',
  'schatje', 'schatje123', 'liefde', 'liefde123', 'liefje123', 'lieverd123', 'ikhouvanjou', 'ikhouvanjou1',
  'ikhouvanjou123', 'ikhouvanjou!', 'prinses', 'prinses123', 'konijn', 'poesje', 'poesje123', 'hondje123',
  'snoopy12345678', 'school', 'school123', 'school1234', 'school12345678', 'leerkracht', 'leerkracht1',
  'leerkracht123', 'leraar123456', 'juf123456789', 'meester123456', 'onderwijs', 'onderwijs123',
  'onderwijs1234', 'zorg12345678', 'jeugdzorg123', 'jeugdzorg1234', 'vertrouwen', 'vertrouwen1',
  'vertrouwen123', 'vertrouwen1234', 'bouwenaanvertrouwen', 'bouwenaanvertrouwen1', 'welkomopschool',
  'qwerty', 'azerty', 'azerty123', 'azertyuiop', 'azertyuiop123', 'gebruiker', 'gebruiker1', 'gebruiker123',
  'beheerder', 'beheerder1', 'beheerder123', 'inloggen', 'inloggen123', 'inloggen1234', 'aanmelden123',
  'computer123', 'computer1234', 'laptop123456', 'telefoon1234', 'maandag12345', 'vrijdag12345', 'januari2025',
  'september2025', 'oktober2025', 'december2025', 'sinterklaas', 'sinterklaas1', 'kerstmis2025', 'oranje',
  'oranjeboven', 'oranjeboven1', 'hup holland hup', 'huphollandhup', 'stroopwafel', 'stroopwafel1',
  'hagelslag123', 'pannenkoek', 'pannenkoek123', 'fietsen12345', 'appeltaart123',
] as const;

const lookup: ReadonlySet<string> = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return lookup.has(password.toLowerCase());
}

export const commonPasswordCount = lookup.size;
