// Words found in the catalogue that name no subject of it (SPEC 3.6: "never common words such as skills, improve,
// develop, learn, new or better"): function words, the words every standard uses (learner, support, practice ...) and
// everyday words a personal aim uses as well. One list, for the SMART check's Relevant and PDP Check's "Addresses a gap".
export const COMMON_WORDS: ReadonlySet<string> = new Set((
  'a able about above access accordance accurate achieve achievement active activities activity adapt address ' +
  'addressing adults advance advice agree agreed aims all also an and any application approach approaches ' +
  'appropriate appropriately are area areas as assist at available be been being better between boundaries build ' +
  'builds by can central clearly codes colleagues communities complies confidence confident conforms ' +
  'consideration considerations consistency consistently constructive content context contribute contributing ' +
  'contribution could current decisions demonstrates develop developing development developments different each ' +
  'effective effectively effectiveness emergent emerging enable enables enabling encourage encourages engage ' +
  'ensure ensuring environment equitable establish example examples expectations experience experiences expertise ' +
  'extent external feel flexible for forms from further future goals good group groups guidance has have having ' +
  'help helping high how ideas identified identify identifying impact importance important improve improvement ' +
  'improving in include includes including individual individuals inform information initiatives integral ' +
  'interest internal into involve is it its itself judge keeping knowledge learn learner learners learning ' +
  'legitimate level levels life maintain make making manage managing manner may meet meeting meets methods model ' +
  'more most must mutual nature need needed needs new objectives of on opportunities or order organisation ' +
  'organisational organise organised organising other others own particular people performance person personal ' +
  'personalised plan planning play practical practice practices preferences preparation present principles ' +
  'process processes professional programme progress promote promotes promoting provide providing provision ' +
  'purpose purposeful quality range related relating relation relevant requirement requirements respect respond ' +
  'response responsibilities responsibility review rights role roles routes safe secure seek selection self share ' +
  'should skill skills staff steps strategies structure success such support supported supporting system systems ' +
  'take taking team team-working teams that the their them theories these they this those through to toward ' +
  'towards training trust understand understanding use used using value valued varied variety way ways well ' +
  'wellbeing welsh what when where which who whom will with within work working would young'
).split(' '));
