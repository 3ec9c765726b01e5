import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { WAIT, found } from './play.js';

/** The sample archive's photo, for every script. */
const image = { src: '/archive/img/leon-trotsky-arrival-mexico.svg', width: 1200, height: 800 };
const ago = (days: number) => new Date(Date.UTC(2025, 0, 6) - days * 86_400_000).toISOString();

interface Family {
  lang: string;
  title: string;
  headline: string;
  story: string[];
  caption: string;
  /** A reader's comment in the script, and one in English: mixed directions side by side. */
  comments: string[];
}

/** One entry per script family: short texts, long ones, and comments that mix languages. */
const families: Record<string, Family> = {
  Arabic: {
    lang: 'ar',
    title: 'وصول ليون تروتسكي إلى المكسيك',
    headline: '«لماذا ستالين في الكرملين وأنا في المنفى؟»',
    story: [
      'في يناير 1937 وصل ليون تروتسكي وزوجته ناتاليا سيدوفا إلى ميناء تامبيكو، وكانت الرسامة فريدا كاهلو بين مستقبليهما.',
      'أقام الزوجان في البيت الأزرق في كويواكان لعامين، ضيفين على فريدا كاهلو وزوجها دييغو ريفيرا. '.repeat(3).trim(),
    ],
    caption: 'تروتسكي وسيدوفا على رصيف تامبيكو، يناير 1937.',
    comments: ['صورة رائعة، شكرًا على القصة!', 'A wonderful photo (in English, in an Arabic thread).'],
  },
  Hebrew: {
    lang: 'he',
    title: 'הגעתו של לאון טרוצקי למקסיקו',
    headline: '"מדוע סטלין בקרמלין ואני בגלות?"',
    story: [
      'בינואר 1937 הגיעו לאון טרוצקי ורעייתו נטליה סדובה לנמל טמפיקו, ובין מקבלי פניהם הייתה הציירת פרידה קאלו.',
      'בני הזוג התגוררו שנתיים בבית הכחול בקויואקן, כאורחיהם של פרידה קאלו ודייגו ריברה. '.repeat(3).trim(),
    ],
    caption: 'טרוצקי וסדובה על רציף טמפיקו, ינואר 1937.',
    comments: ['תמונה נהדרת, תודה על הסיפור!', 'A wonderful photo (in English, in a Hebrew thread).'],
  },
  CJK: {
    lang: 'ja',
    title: 'レオン・トロツキーのメキシコ到着',
    headline: '「なぜスターリンはクレムリンにいて、私は亡命しているのか」',
    story: [
      '1937年1月、レオン・トロツキーと妻ナタリア・セドワはタンピコ港に到着した。出迎えた人々の中には画家フリーダ・カーロの姿もあった。',
      '夫妻はその後2年間、コヨアカンの「青い家」でフリーダ・カーロとディエゴ・リベラの客として暮らした。'.repeat(3),
    ],
    caption: 'タンピコの岸壁に立つトロツキーとセドワ、1937年1月。',
    comments: ['素晴らしい写真です。', '中文评论：非常珍贵的照片。'],
  },
  Cyrillic: {
    lang: 'uk',
    title: 'Прибуття Лева Троцького до Мексики',
    headline: '«Чому Сталін у Кремлі, а я у вигнанні?»',
    story: [
      'У січні 1937 року Лев Троцький і його дружина Наталія Сєдова прибули до порту Тампіко; серед тих, хто їх зустрічав, була художниця Фріда Кало.',
      'Два роки подружжя жило в Блакитному домі в Койоакані як гості Фріди Кало та Дієго Рівери. '.repeat(3).trim(),
    ],
    caption: 'Троцький і Сєдова на причалі в Тампіко, січень 1937 року.',
    comments: ['Чудове фото, дякую за історію!', 'Отличная фотография (по-русски).'],
  },
};

interface Args {
  family: keyof typeof families;
}

const meta: Meta<Args> = {
  title: 'Languages/Scripts',
  argTypes: { family: { control: 'select', options: Object.keys(families) } },
  render: ({ family }) => {
    const { lang, title, headline, story, caption, comments } = families[family];
    const entry = {
      title,
      headline,
      story,
      lang,
      date: '1937',
      image: { ...image, alt: title, caption },
      contributor: { name: 'OldPik' },
      published: '2025-01-06',
    };
    const thread = { comments: comments.map((text, i) => ({ id: `c${i}`, author: { name: i ? 'Ana' : 'أحمد' }, text, created: ago(i + 1) })), post: false };
    return html`<photo-story lang=${lang} .entry=${entry}></photo-story>
      <comment-thread lang=${lang} heading-level="3" .comments=${thread}></comment-thread>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The story's own words in each script, and the interface in its language, laid out in its direction. */
const inScript = (family: keyof typeof families, direction: 'rtl' | 'ltr'): Story => ({
  args: { family },
  play: async ({ canvasElement }) => {
    const story = canvasElement.querySelector('photo-story')!;
    await waitFor(() => expect(getComputedStyle(found(story, '[part=headline]')).direction).toBe(direction), WAIT);
  },
});

/** Arabic, right to left: Arabic interface words and plurals, an English comment isolated in the thread. */
export const Arabic = inScript('Arabic', 'rtl');
/** Hebrew, right to left. */
export const Hebrew = inScript('Hebrew', 'rtl');
/** Japanese (CJK): no spaces between words, lines break anywhere. */
export const CJK = inScript('CJK', 'ltr');
/** Ukrainian (Cyrillic), with a Russian comment. */
export const Cyrillic = inScript('Cyrillic', 'ltr');
