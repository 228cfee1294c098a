def log = new File(basedir, 'build.log').text
assert log.contains('events_by_text: plan `SCAN event`')
assert log.contains('FULL_SCAN')
assert log.contains('BUILD FAILURE')
return true
