// Key Vault (RBAC) holding the bootstrap admin key, read by the app through a Key Vault reference.
param name string
param location string
param tags object

@secure()
param bootstrapAdminKey string

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

output name string = vault.name
output bootstrapAdminKeyUri string = secret.properties.secretUri
