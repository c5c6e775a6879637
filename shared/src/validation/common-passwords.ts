/**
 * Passwords that lead every published list of leaked passwords, lower-cased, and the words of this field that a
 * guesser tries first. A password is refused when it is one of these, or one of these followed by digits and
 * punctuation ("password2024!").
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
123456 123456789 12345678 1234567890 12345 1234567 123123 111111 000000 654321 666666 121212 112233 123321 7777777
987654321 11111111 88888888 00000000 12341234 147258369 159753 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qazxsw2 zaq12wsx
qwerty qwertyuiop qwerty123 qwertyui asdfgh asdfghjkl zxcvbnm zxcvbn azerty qazwsx trustno1 letmein letmein123
password password1 password12 password123 passw0rd p@ssw0rd p@ssword pass1234 passpass mypassword newpassword
changeme changeme123 welcome welcome1 welcome123 welcometo admin admin123 administrator root toor default guest
login abc123 abcdef abcd1234 iloveyou iloveyou1 sunshine princess football baseball basketball soccer hockey
dragon monkey master shadow superman batman michael jennifer jordan hunter killer freedom whatever starwars
computer internet secret secret123 hello hello123 helloworld charlie donald flower summer winter spring autumn
samsung google apple microsoft facebook linkedin twitter yahoo chocolate cheese banana orange purple
qwe123 asd123 zxc123 aa123456 a123456 a12345678 123qwe 123abc abc12345 q1w2e3r4 q1w2e3r4t5 1234qwer qwer1234
123456a 123456q 12345a 12345qwert 1234abcd asdf1234 asdfasdf test test123 test1234 testing demo demo123
access access123 biteme blink182 buster cookie daniel ginger hannah harley jessica joshua matthew maggie
mustang pepper ranger robert thomas tigger andrew anthony ashley amanda nicole michelle william yankees
liverpool arsenal chelsea barcelona realmadrid juventus manchester united
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
united nations unitednations migration migrant migrants refugee refugees compact globalcompact gcm
negotiation delegate delegation secretariat cofacilitator facilitator plenary geneva newyork marrakech
`
    .split(/\s+/)
    .filter(Boolean),
);
