// The web console as a Static Web App. Flex Consumption cannot be a Static Web Apps linked backend (bring-your-own
// Functions supports Consumption, Premium and Dedicated plans), so the console calls the Functions app by its URL,
// which allows the site's origin by CORS (function-app.bicep).
param name string
param location string
param tags object

@description('Sign-in with OpenID Connect: authority, audience, consoleClientId, scope, adminContact, allowApiKeySignIn (main.bicep).')
param signIn object

resource site 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: { name: 'Free', tier: 'Free' }
  properties: {}
}

// The sign-in settings the Functions app has, for the record and for anything the site runs later (managed functions,
// built-in authentication). The console's files do not see app settings: the console asks the API
// (GET /api/v1/session/settings), and the predeploy hook adds the identity provider's origin to its policy.
resource settings 'Microsoft.Web/staticSites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    Remediation__Identity__Authority: signIn.authority
    Remediation__Identity__Audiences__0: signIn.audience
    Remediation__Identity__SubjectClaim: 'oid'
    Remediation__Identity__ConsoleClientId: signIn.consoleClientId
    Remediation__Identity__Scopes__0: signIn.scope
    Remediation__Identity__AdminContact: signIn.adminContact
    Remediation__Identity__AllowApiKeySignIn: signIn.allowApiKeySignIn ? 'true' : 'false'
  }
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostname}'
