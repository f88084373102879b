// The web console as a Static Web App. Flex Consumption cannot be a Static Web Apps linked backend (bring-your-own
// Functions supports Consumption, Premium and Dedicated plans), so the console calls the Functions app by its URL,
// which allows the site's origin by CORS (function-app.bicep).
param name string
param location string
param tags object

resource site 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: { name: 'Free', tier: 'Free' }
  properties: {}
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostname}'
