/**
 * Passwords and password stems that appear at the top of every list of leaked passwords
 * (the most frequent entries of the public breach corpora, as in NCSC's "100k most used"
 * list), with the Swedish ones people choose (seasons, football clubs, "lösenord"). Shipped
 * in the repository: the check needs no network. A password is refused when it is one of
 * these, or one of these with digits and signs before or after it ("Sommar2024!").
 * Lower case; compared in lower case.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
123456 123456789 12345678 1234567890 12345 1234567 123123 111111 000000 654321 666666 121212
112233 123321 1234 987654321 0987654321 0123456789 1111111111 1q2w3e4r 1q2w3e4r5t 1qaz2wsx
1q2w3e 1qazxsw2 qwerty qwertyuiop qwerty123 qwerty1 qwertz asdfgh asdfghjkl asdf1234 zxcvbnm
zxcvbn qazwsx azerty password password1 password12 password123 passw0rd p@ssw0rd p@ssword
pass pass123 passwort motdepasse contraseña wachtwoord salasana adgangskode passord lösenord
losenord losen lösen hemligt hemlig abc123 abcd1234 abcdef abcdefg abcdefgh a1b2c3 aa123456
iloveyou iloveu loveme lovely love welcome welcome1 welcome123 hello hello123 hallo hej hejsan
hejhej hejpådig tjena tjenare admin admin123 administrator root toor user guest test test123
testtest tester letmein login master secret changeme default access sunshine princess dragon
monkey football baseball soccer hockey basketball superman batman spiderman starwars pokemon
shadow michael jennifer jordan hunter killer trustno1 whatever freedom ninja mustang charlie
donald jessica daniel thomas robert summer winter autumn spring sommar vinter hösten hosten
våren varen sverige svenska stockholm göteborg goteborg malmö malmo uppsala enköping enkoping
håbo habo polis polisen kommun kommunen samverkan samverkansportalen portal trygghet tryggare
demo aik djurgården djurgarden hammarby ifk ifkgöteborg blåvitt blavitt malmöff malmoff
zlatan kalle anna maria erik lars karl johan peter andreas nisse pelle kurt sofia emma elsa
alice maja wilma ella hugo oscar lucas william liam noah 
fotboll innebandy hund katt katten hunden mamma pappa familjen barnen älskling alskling
kärlek karlek jesus god google facebook youtube instagram twitter microsoft apple samsung
computer internet cookie cheese banana chocolate flower purple orange yellow silver golden
matrix qwe123 qweqwe asd123 zaq12wsx 1234qwer qwer1234 q1w2e3r4 q1w2e3r4t5 123qwe 123abc
abc12345 1234abcd 7777777 88888888 99999999 55555555 22222222 00000000 11111111 12121212
123654 147258369 159753 159357 741852963 789456123 987654 112233445566 1122334455 123456abc
qwerty12345 passwordpassword iloveyou1 princess1 sunshine1 football1 monkey1 charlie1 
letmein1 welcome2 summer1 winter1 changeit temp temp123 temporary nytt nyttlösenord
nyttlosenord byttlösenord mittlösenord mittlosenord minlösen losenord123 lösenord123
sommar123 vinter123 hejsan123 hejhej123 qwertyuiopå asdfghjklöä zxcvbnm123 123456789a
a123456789 passw0rd1 p4ssw0rd p455w0rd s3cr3t adm1n administratör administrator1
`
    .split(/\s+/)
    .filter(Boolean),
);
