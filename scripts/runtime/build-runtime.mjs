console.log('runtime build: not yet')
