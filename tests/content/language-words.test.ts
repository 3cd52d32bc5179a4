import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessLanguage, MIN_WORDS } from '../../src/content/language-words.ts';
import { check, editContent, inScratch } from './support.ts';

/** The same short news report in each language: who said what, and that none of it could be verified. */
const REPORTS: Record<string, string> = {
  en: 'Talks between the two governments ended on Tuesday without an agreement, officials said. According to a report by the state broadcaster, the delegations could not agree on who would monitor the border, and the defence minister said the other side had made demands that were impossible to meet. Neither account could be independently verified. The talks are expected to resume next month in the capital, where both sides have offices.',
  fr: "Les négociations entre les deux gouvernements se sont achevées mardi sans accord, selon des responsables. D'après un rapport de la télévision publique, les délégations n'ont pas pu s'entendre sur la surveillance de la frontière, et le ministre de la Défense a déclaré que l'autre partie avait formulé des exigences impossibles à satisfaire. Aucune de ces versions n'a pu être vérifiée de manière indépendante. Les discussions doivent reprendre le mois prochain dans la capitale.",
  es: 'Las negociaciones entre los dos gobiernos terminaron el martes sin acuerdo, según funcionarios. De acuerdo con un informe de la televisión estatal, las delegaciones no pudieron ponerse de acuerdo sobre quién vigilaría la frontera, y el ministro de Defensa dijo que la otra parte había planteado exigencias imposibles de cumplir. Ninguna de las versiones pudo ser verificada de forma independiente. Se espera que las conversaciones se reanuden el próximo mes en la capital.',
  de: 'Die Gespräche zwischen den beiden Regierungen endeten am Dienstag ohne Einigung, wie Beamte mitteilten. Laut einem Bericht des Staatsfernsehens konnten sich die Delegationen nicht darauf einigen, wer die Grenze überwachen soll, und der Verteidigungsminister sagte, die andere Seite habe Forderungen gestellt, die nicht zu erfüllen seien. Keine der Darstellungen konnte unabhängig überprüft werden. Die Gespräche sollen im nächsten Monat in der Hauptstadt fortgesetzt werden.',
  it: "I colloqui tra i due governi si sono conclusi martedì senza un accordo, secondo alcuni funzionari. Stando a un rapporto della televisione di Stato, le delegazioni non sono riuscite ad accordarsi su chi dovrebbe sorvegliare il confine, e il ministro della Difesa ha detto che l'altra parte aveva avanzato richieste impossibili da soddisfare. Nessuna delle versioni ha potuto essere verificata in modo indipendente. I colloqui dovrebbero riprendere il mese prossimo nella capitale.",
  pt: 'As negociações entre os dois governos terminaram na terça-feira sem acordo, segundo autoridades. De acordo com um relatório da televisão estatal, as delegações não conseguiram chegar a um acordo sobre quem vigiaria a fronteira, e o ministro da Defesa disse que o outro lado tinha feito exigências impossíveis de cumprir. Nenhuma das versões pôde ser verificada de forma independente. As conversas devem ser retomadas no próximo mês na capital.',
  nl: 'De gesprekken tussen de twee regeringen eindigden dinsdag zonder akkoord, zeiden functionarissen. Volgens een rapport van de staatsomroep konden de delegaties het niet eens worden over wie de grens zou bewaken, en de minister van Defensie zei dat de andere partij eisen had gesteld die onmogelijk waren. Geen van beide lezingen kon onafhankelijk worden bevestigd. De gesprekken worden naar verwachting volgende maand in de hoofdstad hervat.',
};

describe('the language a text in Latin letters is written in, by its commonest words', () => {
  it('names each language of its lists from a paragraph of news', () => {
    for (const [tag, text] of Object.entries(REPORTS)) expect(guessLanguage(text)?.tag, tag).toBe(tag);
  });

  it('names none for a language not in its lists, a short text, or a list of names', () => {
    const turkish =
      'İki hükümet arasındaki görüşmeler salı günü bir anlaşma olmadan sona erdi, yetkililer söyledi. Devlet televizyonunun bir raporuna göre heyetler sınırı kimin izleyeceği konusunda anlaşamadı ve savunma bakanı diğer tarafın karşılanması imkansız talepler öne sürdüğünü söyledi. Anlatımların hiçbiri bağımsız olarak doğrulanamadı. Görüşmelerin önümüzdeki ay başkentte yeniden başlaması bekleniyor.';
    expect(guessLanguage(turkish)).toBeUndefined();
    expect(guessLanguage(REPORTS['fr']!.split(' ').slice(0, MIN_WORDS - 5).join(' '))).toBeUndefined();
    expect(guessLanguage(Array.from({ length: 60 }, (_, i) => `Name${i} Surname${i}`).join(', '))).toBeUndefined();
  });
});

/** An article file of `text` tagged `language: tag`. */
const articleFile = (tag: string, text: string) =>
  `---\ntitle: A report\nheadline: null\npublisher: null\nurl: null\npublished: 2025-10-01\nlanguage: ${tag}\nsummary: A report.\n---\n${text}\n`;

describe('an article whose words are another language than its tag', () => {
  const ARTICLE = 'articles/harbour-contract-dispute.md';
  const warningOf = (root: string) =>
    check(root)
      .warnings.split('\n')
      .filter((line) => line.startsWith(`content/${ARTICLE}`) && line.includes('  language  '));

  it('warns of an English article tagged French, on its `language` line, with the tag to set', () => {
    inScratch((root) => {
      editContent(root, ARTICLE, 'language: en', 'language: fr');
      const [warning, ...more] = warningOf(root);
      expect(more).toEqual([]);
      expect(warning).toMatch(/^content\/articles\/harbour-contract-dispute\.md:\d+:1 {2}warning {2}language {2}The article text reads as English: \d+% of its \d+ words are among English's commonest \(the, /);
      expect(warning).toContain("but `language: fr` is French: a screen reader would read it in a French voice");
      expect(warning).toContain('Set `language: en` if the article is in English (or the right tag for this text); leave it if it is French.');
    });
  });

  /** Write `content/articles/<name>.md` tagged `tag`, check, and give the warning on that file, if any. */
  const warningFor = (root: string, name: string, tag: string, text: string) => {
    writeFileSync(join(root, 'content', 'articles', `${name}.md`), articleFile(tag, text));
    return check(root)
      .warnings.split('\n')
      .find((line) => line.startsWith(`content/articles/${name}.md`));
  };

  it('warns of a French article left tagged English, as a copied template leaves it, and says nothing once it is tagged French', () => {
    inScratch((root) => {
      const warning = warningFor(root, 'talks-fr', 'en', REPORTS['fr']!);
      expect(warning).toContain('The article text reads as French');
      expect(warning).toContain('(les, des, ');
      expect(warning).toContain('Set `language: fr`');
      expect(warningFor(root, 'talks-fr', 'fr', REPORTS['fr']!)).toBeUndefined();
    });
  });

  it('says nothing of an English article quoting French at length, or of a language its lists do not know', () => {
    inScratch((root) => {
      const quoting = `${REPORTS['en']} The ministry said in French: “${REPORTS['fr']!.slice(0, 160)}” ${REPORTS['en']}`;
      expect(warningFor(root, 'quoting', 'en', quoting)).toBeUndefined();
      expect(warningFor(root, 'quoting', 'ca', REPORTS['es']!)).toBeUndefined();
    });
  });

  it('warns of an article in Han characters alone tagged Japanese; a Japanese one, with kana, passes', () => {
    inScratch((root) => {
      const warning = warningFor(root, 'bridge', 'ja', '据滨江市政府周三表示，老桥将于下月关闭，进行为期三个月的维修，届时过往车辆需绕行新桥。');
      expect(warning).toContain('written in Han characters alone, with no kana');
      expect(warning).toContain('Set `language: zh`');
      expect(warningFor(root, 'bridge', 'ja', '浜江市は水曜日、古い橋を来月から三か月間、修理のために閉鎖すると発表した。車両は新しい橋を通ることになる。')).toBeUndefined();
    });
  });
});
