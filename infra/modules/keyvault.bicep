// Key Vault (RBAC) holding the bootstrap admin key and the SMTP password, read by the app through Key Vault references.
param name string
param location string
param tags object

@secure()
param bootstrapAdminKey string

@secure()
param smtpPassword string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bootstrap-admin-key'
  properties: { value: bootstrapAdminKey }
}

// Always present (empty when no SMTP server is used), so that the app's setting always resolves.
resource smtp 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'smtp-password'
  properties: { value: empty(smtpPassword) ? 'none' : smtpPassword }
}

output name string = vault.name
output mailServerKeyUri string = smtp.properties.secretUri
output bootstrapAdminKeyUri string = secret.properties.secretUri
