import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatError, validateDataset, type RecordFiles } from '../src/validate/index.js';
import { loadRecordFiles } from '../src/validate/load.js';
import { fixtureRecords, fixtureTexts, loadFixture, packageRoot, recordOf } from './helpers.js';

const run = promisify(execFile);

async function errorsAfter(mutate: (files: RecordFiles) => void, withTexts = false) {
  const { files, texts } = await loadFixture();
  mutate(files);
  return validateDataset(files, withTexts ? { texts } : {}).errors;
}

describe('validateDataset', () => {
  it('accepts the valid fixture, checking excerpts and quotes verbatim', async () => {
    const { files, texts } = await loadFixture();
    const report = validateDataset(files, { texts });
    expect(report.errors).toEqual([]);
    expect(report.records).toBe(12);
    expect(report.verbatimChecked).toBeGreaterThanOrEqual(12);
  });

  it('rejects two sources with the same URL', async () => {
    const errors = await errorsAfter((f) => f.sources.push({ file: 'records/sources/copy.json', record: { ...recordOf(f, 'sources', 'fictional-wire-2014-04-04'), id: 'copy' } }));
    expect(errors).toEqual([expect.objectContaining({ id: 'copy', field: 'url', message: 'is the URL of source "fictional-wire-2014-04-04" too: cite that source instead' })]);
  });

  it('rejects a missing required field, naming file, record and field', async () => {
    const errors = await errorsAfter((f) => delete recordOf(f, 'quotes', 'example-2014-04-03-link').speaker);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'test/fixtures/records/quotes/example-2014-04-03-link.json', collection: 'quotes', id: 'example-2014-04-03-link', field: 'speaker', message: 'is required' });
    expect(formatError(errors[0]!)).toBe('test/fixtures/records/quotes/example-2014-04-03-link.json: quotes/example-2014-04-03-link: speaker: is required');
  });

  it('rejects a field of the wrong type', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'events', 'ruritania-statement-2014-04-03').actors = 'ruritania'));
    expect(errors).toEqual([expect.objectContaining({ field: 'actors', message: 'must be array, got string' })]);
  });

  it('rejects an unknown field', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'actors', 'ruritania').capital = 'Strelsau'));
    expect(errors).toEqual([expect.objectContaining({ id: 'ruritania', field: 'capital', message: 'is not a known field' })]);
  });

  it('rejects a value outside an enumeration', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'linkages', 'ruritania-treaty-for-radar-2014').mechanism = 'bribe'));
    expect(errors[0]).toMatchObject({ field: 'mechanism' });
    expect(errors[0]!.message).toContain('"exchange"');
  });

  it('rejects an id that is not kebab-case', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'issues', 'radar').id = 'Radar Plans'));
    expect(errors.some((e) => e.field === 'id' && e.message.includes('does not match'))).toBe(true);
  });

  it('rejects duplicate ids within a collection', async () => {
    const errors = await errorsAfter((f) => f.issues.push({ file: 'records/issues/copy.json', record: { ...recordOf(f, 'issues', 'radar') } }));
    expect(errors).toEqual([expect.objectContaining({ file: 'records/issues/copy.json', id: 'radar', field: 'id', message: 'duplicates the id of test/fixtures/records/issues/radar.json' })]);
  });

  it('rejects references that do not resolve, in every collection they point to', async () => {
    const errors = await errorsAfter((f) => {
      recordOf(f, 'quotes', 'example-2014-04-03-link').speaker = 'nobody';
      recordOf(f, 'events', 'ruritania-statement-2014-04-03').issues = ['radar', 'missing-issue'];
      recordOf(f, 'linkages', 'ruritania-treaty-for-radar-2014').history[0].event = 'missing-event';
      recordOf(f, 'positions', 'ruritania-radar-2014').evidence[0].source = 'missing-source';
      recordOf(f, 'issues', 'radar').treaties = ['missing-treaty'];
    });
    expect(errors.map((e) => [e.id, e.field, e.message])).toEqual([
      ['radar', 'treaties[0]', '"missing-treaty" is not the id of any record in treaties'],
      ['ruritania-statement-2014-04-03', 'issues[1]', '"missing-issue" is not the id of any record in issues'],
      ['example-2014-04-03-link', 'speaker', '"nobody" is not the id of any record in actors'],
      ['ruritania-radar-2014', 'evidence[0].source', '"missing-source" is not the id of any record in sources'],
      ['ruritania-treaty-for-radar-2014', 'history[0].event', '"missing-event" is not the id of any record in events'],
    ]);
  });

  it('rejects dates that are not EDTF', async () => {
    const errors = await errorsAfter((f) => {
      recordOf(f, 'events', 'ruritania-statement-2014-04-03').date = 'April 3, 2014';
      recordOf(f, 'quotes', 'example-2014-04-03-link').date = '2014-02-30';
      recordOf(f, 'positions', 'ruritania-radar-2014').date = '2014-05/2014-04';
    });
    expect(errors.map((e) => [e.id, e.field])).toEqual([
      ['ruritania-statement-2014-04-03', 'date'],
      ['example-2014-04-03-link', 'date'],
      ['ruritania-radar-2014', 'date'],
    ]);
    expect(errors[0]!.message).toContain('is not an EDTF date');
    expect(errors[1]!.message).toContain('has day 30');
    expect(errors[2]!.message).toContain('ends before it starts');
  });

  it('rejects an event with neither a PLOVER type nor a note saying why none fits', async () => {
    const errors = await errorsAfter((f) => delete recordOf(f, 'events', 'ruritania-statement-2014-04-03').plover);
    expect(errors).toEqual([
      expect.objectContaining({
        id: 'ruritania-statement-2014-04-03',
        field: 'plover',
        message: 'is missing: give the PLOVER event type, or a ploverNote saying why none fits',
      }),
    ]);
  });

  it('accepts an event without a PLOVER type when a note says why none fits', async () => {
    const errors = await errorsAfter((f) => {
      const event = recordOf(f, 'events', 'ruritania-statement-2014-04-03');
      delete event.plover;
      event.ploverNote = 'A fictional statement that fits no category.';
    });
    expect(errors).toEqual([]);
  });

  it('rejects a PLOVER type that is not one of the 16 categories', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'events', 'ruritania-statement-2014-04-03').plover = 'DEMAND'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'plover' });
    expect(errors[0]!.message).toContain('"REQUEST"');
  });

  it('rejects a record without evidence', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'actors', 'freedonia').evidence = []));
    expect(errors).toEqual([expect.objectContaining({ id: 'freedonia', field: 'evidence', message: 'must have at least 1 item(s), has 0' })]);
  });

  it('rejects a treaty that enters into force before it is signed, or expires before it enters into force', async () => {
    const errors = await errorsAfter((f) => {
      const treaty = recordOf(f, 'treaties', 'example-treaty');
      treaty.enteredIntoForce = '1999-01-01';
      treaty.expires = '1998';
    });
    expect(errors.map((e) => e.field)).toEqual(['enteredIntoForce', 'expires', 'expires']);
    expect(errors[0]!.message).toContain('a treaty cannot enter into force before it is signed');
  });

  it('rejects a linkage whose steps go back in time', async () => {
    const errors = await errorsAfter((f) => {
      const linkage = recordOf(f, 'linkages', 'ruritania-treaty-for-radar-2014');
      linkage.history[0].date = '2013-12';
      delete linkage.history[0].event;
    });
    expect(errors).toEqual([expect.objectContaining({ field: 'history[0].date', message: expect.stringContaining('steps must be in date order') })]);
  });

  it('rejects an implicit or denied linkage that does not say whose reading it is, with that reading as analysis', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'linkages', 'ruritania-treaty-for-radar-2014').explicitness = 'implicit'));
    expect(errors).toEqual([
      expect.objectContaining({ id: 'ruritania-treaty-for-radar-2014', field: 'inferenceBasis', message: 'a linkage marked "implicit" must say whose reading makes it a linkage, and why' }),
      expect.objectContaining({ id: 'ruritania-treaty-for-radar-2014', field: 'evidence', message: 'a linkage marked "implicit" needs that reading in its evidence, with claim "analysis"' }),
    ]);
    const withReading = await errorsAfter((f) => {
      const linkage = recordOf(f, 'linkages', 'ruritania-treaty-for-radar-2014');
      linkage.explicitness = 'denied';
      linkage.inferenceBasis = 'The wire reads the statement as a link; Ruritania denies making one.';
      linkage.history[0].evidence[0].claim = 'analysis';
    });
    expect(withReading).toEqual([]);
  });

  it('rejects a role that ends before it starts', async () => {
    const errors = await errorsAfter((f) => Object.assign(recordOf(f, 'actors', 'anna-example').roles[0], { start: '2015', end: '2014' }));
    expect(errors).toEqual([expect.objectContaining({ field: 'roles[0].end', message: expect.stringContaining('a role cannot end before it starts') })]);
  });

  it('rejects a quote dated after every source that prints it', async () => {
    const errors = await errorsAfter((f) => {
      const quote = recordOf(f, 'quotes', 'example-2014-04-03-link');
      quote.date = '2014-05-01';
      delete quote.event;
    });
    expect(errors).toEqual([expect.objectContaining({ field: 'date', message: expect.stringContaining('after the publication') })]);
  });

  it('rejects a quote or linkage step dated outside the event it refers to', async () => {
    const errors = await errorsAfter((f) => {
      recordOf(f, 'quotes', 'example-2014-04-03-link').date = '2014-04-01';
      recordOf(f, 'linkages', 'ruritania-treaty-for-radar-2014').history[0].date = '2014-04';
    });
    expect(errors.map((e) => [e.id, e.field, e.message])).toEqual([
      ['example-2014-04-03-link', 'date', '2014-04-01 cannot be the date of event "ruritania-statement-2014-04-03" (2014-04-03)'],
    ]);
  });

  it('rejects a treaty-action event that disagrees with the treaty’s own dates', async () => {
    const errors = await errorsAfter((f) => {
      const event = recordOf(f, 'events', 'example-treaty-extended-2011');
      event.treatyActions = [{ treaty: 'example-treaty', action: 'signed' }];
    });
    expect(errors).toEqual([expect.objectContaining({ id: 'example-treaty-extended-2011', field: 'treatyActions[0]', message: "the event dates the treaty's signed 2011-05-20, the treaty record says 2000-05-01" })]);
  });

  it('rejects a quote that is not verbatim in its own evidence, even without source texts', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'quotes', 'example-2014-04-03-link').text = 'We will link the radar to the treaty.'));
    expect(errors).toEqual([expect.objectContaining({ id: 'example-2014-04-03-link', field: 'text', message: 'does not appear verbatim in any of its evidence excerpts' })]);
  });

  it('rejects an excerpt or a quote that is not verbatim in the source text', async () => {
    const errors = await errorsAfter((f) => {
      recordOf(f, 'issues', 'radar').evidence[0].excerpt = 'Freedonia abandoned its radar plans';
      const quote = recordOf(f, 'quotes', 'example-2014-04-03-link');
      quote.text = 'We will link the radar to the deal,';
      quote.evidence[0].excerpt = '"We will link the radar to the deal," the Ruritanian foreign minister';
    }, true);
    expect(errors.map((e) => [e.id, e.field, e.message])).toEqual([
      ['radar', 'evidence[0].excerpt', 'is not verbatim in the text of source "fictional-wire-2014-04-04"'],
      ['example-2014-04-03-link', 'evidence[0].excerpt', 'is not verbatim in the text of source "fictional-wire-2014-04-04"'],
      ['example-2014-04-03-link', 'text', 'is not verbatim in the text of any of its sources on hand'],
    ]);
  });

  it('treats line breaks in a source text as spaces when comparing verbatim', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'treaties', 'example-treaty').evidence[0].excerpt = 'signed on 1 May 2000\n  and entered into force'), true);
    expect(errors).toEqual([]);
  });

  it('reports a source text that is missing from the texts given', async () => {
    const { files } = await loadFixture();
    const errors = validateDataset(files, { texts: new Map() }).errors;
    expect(errors).toEqual([expect.objectContaining({ collection: 'sources', field: 'textFile', message: '"example-article.txt" is not among the source texts given' })]);
  });
});

/** Adds a source to the loaded fixture (a wire story of the fixture's day unless `fields` says otherwise). */
function addSource(files: RecordFiles, id: string, fields: Record<string, unknown>) {
  const record = { id, kind: 'news-article', title: id, publisher: id, tier: 'wire', published: '2014-04-04', url: `https://example.org/${id}`, language: 'en', ...fields };
  files.sources.push({ file: `records/sources/${id}.json`, record });
}

const FOREIGN_STATE_MEDIA =
  'the words of "anna-example" (XR) rest only on the state media of another state (freedonian-radio-2014-04-04 [XF]): ' +
  'add a wire, primary or press copy, or record `noBetterSource` on an evidence item saying what was searched';

describe('validateDataset: source quality', () => {
  it('requires a tier on every source', async () => {
    const errors = await errorsAfter((f) => delete recordOf(f, 'sources', 'fictional-wire-2014-04-04').tier);
    expect(errors).toEqual([expect.objectContaining({ id: 'fictional-wire-2014-04-04', field: 'tier', message: 'is required' })]);
  });

  it('requires a publication date or the reason there is none, not both', async () => {
    const undated = await errorsAfter((f) => delete recordOf(f, 'sources', 'fictional-wire-2014-04-04').published);
    expect(undated).toEqual([
      expect.objectContaining({ field: 'published', message: 'is required unless `undatedReason` says why the document shows no date' }),
    ]);
    const explained = await errorsAfter((f) => {
      const source = recordOf(f, 'sources', 'fictional-wire-2014-04-04');
      delete source.published;
      source.undatedReason = 'The stored page shows no date.';
    });
    expect(explained).toEqual([]);
    const both = await errorsAfter((f) => (recordOf(f, 'sources', 'fictional-wire-2014-04-04').undatedReason = 'The stored page shows no date.'));
    expect(both).toEqual([expect.objectContaining({ field: 'undatedReason', message: 'must be absent when `published` is given' })]);
  });

  it('requires the state of a state-media outlet', async () => {
    const errors = await errorsAfter((f) => (recordOf(f, 'sources', 'fictional-wire-2014-04-04').tier = 'state-media'));
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'mediaState',
        message: 'is required when tier is "state-media": the ISO 3166-1 alpha-2 code of the state that owns or directs the outlet',
      }),
    ]);
  });

  it('rejects an evidence list resting only on sources of tier "other", until another tier backs it', async () => {
    const onlyBlog = await errorsAfter((f) => {
      addSource(f, 'example-blog-2014-04-04', { tier: 'other' });
      recordOf(f, 'positions', 'ruritania-radar-2014').evidence[0].source = 'example-blog-2014-04-04';
      recordOf(f, 'linkages', 'ruritania-treaty-for-radar-2014').history[0].evidence[0].source = 'example-blog-2014-04-04';
    });
    const message = 'rests only on sources of tier "other" (example-blog-2014-04-04): add a source of another tier (primary, wire, reference, press or state-media)';
    expect(onlyBlog.map((e) => [e.id, e.field, e.message])).toEqual([
      ['ruritania-radar-2014', 'evidence', message],
      ['ruritania-treaty-for-radar-2014', 'history[0].evidence', message],
    ]);
    const backed = await errorsAfter((f) => {
      addSource(f, 'example-blog-2014-04-04', { tier: 'other' });
      const evidence = recordOf(f, 'positions', 'ruritania-radar-2014').evidence;
      evidence.push({ ...evidence[0], source: 'example-blog-2014-04-04' });
    });
    expect(backed).toEqual([]);
  });

  it('rejects a person’s words resting only on the state media of another state', async () => {
    const errors = await errorsAfter((f) => {
      addSource(f, 'freedonian-radio-2014-04-04', { tier: 'state-media', mediaState: 'XF' });
      recordOf(f, 'quotes', 'example-2014-04-03-link').evidence[0].source = 'freedonian-radio-2014-04-04';
      recordOf(f, 'linkages', 'ruritania-treaty-for-radar-2014').history[0].evidence[0].source = 'freedonian-radio-2014-04-04';
    });
    expect(errors.map((e) => [e.id, e.field, e.message])).toEqual([
      ['example-2014-04-03-link', 'evidence', FOREIGN_STATE_MEDIA],
      ['ruritania-treaty-for-radar-2014', 'history[0].evidence', FOREIGN_STATE_MEDIA],
    ]);
  });

  it('applies the state-media rule to a state-owned wire, and accepts the speaker’s own state media', async () => {
    const foreignWire = await errorsAfter((f) => {
      addSource(f, 'freedonian-radio-2014-04-04', { tier: 'wire', mediaState: 'XF' });
      recordOf(f, 'quotes', 'example-2014-04-03-link').evidence[0].source = 'freedonian-radio-2014-04-04';
    });
    expect(foreignWire).toEqual([expect.objectContaining({ id: 'example-2014-04-03-link', field: 'evidence', message: FOREIGN_STATE_MEDIA })]);
    const ownStateMedia = await errorsAfter((f) => {
      addSource(f, 'ruritanian-radio-2014-04-04', { tier: 'state-media', mediaState: 'XR' });
      recordOf(f, 'quotes', 'example-2014-04-03-link').evidence[0].source = 'ruritanian-radio-2014-04-04';
    });
    expect(ownStateMedia).toEqual([]);
  });

  it('accepts the other state’s media when an evidence item records that no better source exists', async () => {
    const errors = await errorsAfter((f) => {
      addSource(f, 'freedonian-radio-2014-04-04', { tier: 'state-media', mediaState: 'XF' });
      const evidence = recordOf(f, 'quotes', 'example-2014-04-03-link').evidence[0];
      evidence.source = 'freedonian-radio-2014-04-04';
      evidence.noBetterSource = 'Searched stored pages for "link the radar to the treaty": only this broadcast prints it.';
    });
    expect(errors).toEqual([]);
  });

  it('judges an event’s reported speech by the state of each person taking part', async () => {
    const errors = await errorsAfter((f) => {
      addSource(f, 'freedonian-radio-2014-04-04', { tier: 'state-media', mediaState: 'XF' });
      const event = recordOf(f, 'events', 'ruritania-statement-2014-04-03');
      event.evidence[0] = { ...event.evidence[0], source: 'freedonian-radio-2014-04-04', claim: 'reported-speech' };
    });
    expect(errors).toEqual([expect.objectContaining({ id: 'ruritania-statement-2014-04-03', field: 'evidence', message: FOREIGN_STATE_MEDIA })]);
  });
});

describe('loadRecordFiles', () => {
  it('reports bad JSON and a file name that does not match the id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'records-'));
    await cp(fixtureRecords, dir, { recursive: true });
    await writeFile(join(dir, 'issues/broken.json'), '{ "id": "broken", ');
    const radar = await readFile(join(dir, 'issues/radar.json'), 'utf8');
    await writeFile(join(dir, 'issues/radar-copy.json'), radar);
    const { errors } = await loadRecordFiles(dir, dir);
    expect(errors.map((e) => [e.file, e.field, e.message.split(':')[0]])).toEqual([
      ['issues/broken.json', '', 'is not valid JSON'],
      ['issues/radar-copy.json', 'id', 'must match the file name ("radar-copy")'],
    ]);
  });
});

describe('arms-control-data validate (CLI)', () => {
  const cli = join(packageRoot, 'dist/cli.js');

  it('exits 0 on valid records and says how many excerpts it checked', async () => {
    const { stdout } = await run(process.execPath, [cli, 'validate', fixtureRecords, '--texts', fixtureTexts]);
    expect(stdout).toMatch(/^12 records, \d+ excerpts and quotes checked verbatim against 1 text\(s\): valid/);
  });

  it('exits 1 and prints one line per error naming file, record and field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'records-'));
    await cp(fixtureRecords, dir, { recursive: true });
    const path = join(dir, 'quotes/example-2014-04-03-link.json');
    const quote = JSON.parse(await readFile(path, 'utf8'));
    quote.speaker = 'nobody';
    await writeFile(path, JSON.stringify(quote));
    const failure = await run(process.execPath, [cli, 'validate', dir], { cwd: dir }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim()).toBe('quotes/example-2014-04-03-link.json: quotes/example-2014-04-03-link: speaker: "nobody" is not the id of any record in actors');
  });

  it('exits non-zero with a clear message for a folder without records', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'empty-'));
    const failure = await run(process.execPath, [cli, 'validate', dir]).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain(`found no records in ${dir}`);
    const missing = await run(process.execPath, [cli, 'validate', join(dir, 'nope')]).catch((e) => e);
    expect(missing.stderr).toContain('no records folder at');
  });
});
